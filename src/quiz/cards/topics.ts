/** The quiz's topics, apart from card.ts so that option tables can list them cheaply. */
/** Topics: what `--topic` filters and the mock exam breaks its score down by. */
export const TOPICS = ['mechanisms', 'treatment', 'safety', 'interactions', 'pharmacokinetics', 'pregnancy', 'names', 'clinical', 'simulation'] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABEL: Record<Topic, string> = {
  mechanisms: 'mechanisms of action',
  treatment: 'choosing treatment (NICE)',
  safety: 'safety and boxed warnings',
  interactions: 'enzymes and interactions',
  pharmacokinetics: 'pharmacokinetics',
  pregnancy: 'pregnancy',
  names: 'brand and generic names',
  clinical: 'clinical vignettes',
  simulation: 'simulated traces',
};
