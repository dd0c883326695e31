import { CHECK_READER_MODEL } from "./data/check-reader-model.js";
import {
  type CheckReaderClass,
  type CheckReaderModel,
  decide,
  loadCheckReader,
  predictPost,
} from "./model.js";

let MODEL: CheckReaderModel | undefined;
let PROBABILITIES: Float64Array | undefined;

/** The shipped post reader, decoded on the first post the rules leave unflagged. */
function model(): CheckReaderModel {
  if (!MODEL) {
    MODEL = loadCheckReader(CHECK_READER_MODEL);
    PROBABILITIES = new Float64Array(MODEL.classes.length);
  }
  return MODEL;
}

/** The categories the post reader reports for a post (lower-cased by readerLower), possibly none. */
export function readPost(lower: string): readonly CheckReaderClass[] {
  const m = model();
  return decide(predictPost(m, lower, PROBABILITIES as Float64Array), m.thresholds);
}
