// A site's learned model: features of a comment, training from its moderators' labels, the
// stored model format, and the model's findings in a decision (see apply.ts).

export { DEFAULT_HASH_BITS, extractFeatures, type Features } from './features.ts';
export { labelGroup, HEADS, OK_LABEL, type HeadName, type LabelGroup } from './labels.ts';
export { ModelFormatError, parseModel, type LabelCounts, type LearnedModel, type ModelDocument } from './model.ts';
export { TrainingSet, type JudgedComment } from './training-set.ts';
export { DEFAULT_TRAINING, train, type TrainingRun, type TrainingSettings } from './train.ts';
export { hasActiveHead, learnedFindings, type RulesView } from './apply.ts';
