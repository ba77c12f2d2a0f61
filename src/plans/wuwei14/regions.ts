import type { PlanInput } from "../../model/schema.js";
import { D_CITY_OWN_LEVEL } from "./decisions.js";

/** Wuwei City and its four county-level units (names from the glossary). */
export const regions = [
  {
    id: "wuwei",
    name: { zh: "武威市", en: "Wuwei City" },
    level: "city",
    aliases: ["全市", "武威全市", "武威市全市", "Wuwei"],
    ownLevelAliases: ["市本级", "武威市本级", "市级本级"],
    notes: [D_CITY_OWN_LEVEL],
  },
  {
    id: "liangzhou",
    name: { zh: "凉州区", en: "Liangzhou District" },
    level: "county",
    parent: "wuwei",
    ownLevelAliases: ["凉州区本级", "区本级"],
  },
  {
    id: "minqin",
    name: { zh: "民勤县", en: "Minqin County" },
    level: "county",
    parent: "wuwei",
    ownLevelAliases: ["民勤县本级"],
  },
  {
    id: "gulang",
    name: { zh: "古浪县", en: "Gulang County" },
    level: "county",
    parent: "wuwei",
    ownLevelAliases: ["古浪县本级"],
  },
  {
    id: "tianzhu",
    name: { zh: "天祝藏族自治县", en: "Tianzhu Tibetan Autonomous County" },
    level: "county",
    parent: "wuwei",
    aliases: ["天祝县", "天祝"],
    ownLevelAliases: ["天祝县本级", "天祝藏族自治县本级"],
  },
] as const satisfies PlanInput["regions"];

/** The ids of the four county-level units. */
export const COUNTIES = ["liangzhou", "minqin", "gulang", "tianzhu"] as const;
