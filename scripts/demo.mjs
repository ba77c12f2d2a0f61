#!/usr/bin/env node
// The main job on the embedded plan data. Until the scorecard lands it prints what the plan is.
import { wuwei14 } from "../dist/index.js";

const { title, document, period } = wuwei14;
console.log(title.zh);
console.log(title.en);
console.log(`${document.number} · ${period.start}–${period.end}`);
