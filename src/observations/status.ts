/**
 * Reading observation statuses written as SDMX codes, English words or Chinese words.
 *
 * @internal
 * @module
 */
import type { ObservationStatus } from "./schema.js";

const WORDS: Readonly<Record<ObservationStatus, readonly string[]>> = {
  normal: ["normal", "final", "a", "正式", "正式值", "终值", "最终值", "终核"],
  provisional: ["provisional", "preliminary", "p", "初步", "初步值", "初值", "快报"],
  estimated: ["estimated", "estimate", "e", "估计", "估计值", "估算"],
  forecast: ["forecast", "projected", "f", "预测", "预测值", "预计"],
  break: ["break", "b", "断点", "序列断点", "口径调整"],
};

const LOOKUP: ReadonlyMap<string, ObservationStatus> = new Map(
  (Object.keys(WORDS) as ObservationStatus[]).flatMap((status) => WORDS[status].map((w) => [w, status] as const)),
);

/** The status a word names, or `undefined`. @internal */
export function readStatus(text: string): ObservationStatus | undefined {
  return LOOKUP.get(text.normalize("NFKC").trim().toLowerCase());
}

/**
 * Which of two figures for the same indicator, region and year wins: normal (and break, a final figure that starts a
 * new series) over provisional over estimated over forecast. Lower is stronger.
 *
 * @internal
 */
export function precedence(status: ObservationStatus | undefined): number {
  switch (status) {
    case undefined:
    case "normal":
    case "break":
      return 0;
    case "provisional":
      return 1;
    case "estimated":
      return 2;
    case "forecast":
      return 3;
  }
}
