/**
 * The notes and history section of docs/QUALITY.md: what changed between evaluations, with the
 * figures before each change, how anything tuned was tuned, and which targets remain unmet and why.
 * The tables above it are regenerated on every run; this text is kept here so it survives them.
 */
export const QUALITY_NOTES = `## 4. Notes and history

### What was tuned, and how
- **Nothing in the topic classifier was fitted to the dev sentences.** Lexicon changes are general
  vocabulary, sense rules and Hindi forms that normalisation and the light stemmer do not fold;
  every one has a unit test with invented sentences (\`tests/unit/topics/senses.test.ts\`). The
  new context rules (paragraph smoothing, theme spreading only to sentences without a topic of
  their own) have no numeric constant.
- **One constant was tuned: the overview's informativeness prior** (\`LENGTH_PRIOR\` in
  \`engine/summary/rank.ts\`: a sentence's score × min(cap, (words / mean words)^exponent)). It was chosen
  by 5-fold cross-validation across the documents of all three summary sets (each set weighing the
  same; grid exponent 0.2–1 × cap 1.3–3), not by the best dev score. Reproduce with
  \`npx tsx scripts/lib/eval-length-cv.ts\`. Held-out (cross-validated) ROUGE-L: BBC English 0.456
  (TextRank 0.441), USC Hindi 0.359 (TextRank 0.342), XL-Sum Hindi 0.157 (TextRank 0.159); four of
  five folds chose exponent 0.75, one chose 0.5. The dev figures in the table above are a little
  higher than the cross-validated ones, as expected of any tuned value: read the CV figures as the
  honest estimate. The USC set has only 20 documents, so its figures move by ±0.02 with single picks.
- Tried and dropped because they did not help on either corpus: MMR redundancy control in the
  overview (extractive references repeat their central content, so MMR lowered BBC English ROUGE-L),
  themes decided by the share of sentences with any cue, and a theme vocabulary restricted to
  over-represented words.

### History
- **2026-12-02, issue 10 round 2 (the topic model, chosen by cross-validation)**: every change was
  picked by document-level CV on the training documents (\`scripts/train/experiment.ts\`), never
  by these dev figures, which were run once at the end. CV micro-F1 English / Hindi, before →
  after: 0.685 / 0.637 → **0.697 / 0.669**. Kept: seven second-stage inputs (the sentences two
  away, the best other sentence of the paragraph, the sentence's strongest other topic, the
  topic's share of the article's profile, the probability beside the logit, and a per-language
  offset and slope; +0.011 / +0.007 at L2 3·10⁻⁴) and an L2 penalty of 10⁻³ on the first stage
  (was 10⁻⁵; with the new inputs 3·10⁻⁴ gave 0.698 / 0.661, 10⁻³ 0.697 / 0.669; without them
  10⁻⁴ 0.687 / 0.651, 3·10⁻⁴ 0.687 / 0.654). Tried and dropped: 6 epochs instead of 12 (0.683 /
  0.638), averaged weights (0.682 / 0.642; with the new inputs 0.700 / 0.653). The card rule
  re-chosen on the same CV grid: a line at p ≥ 0.6 (was 0.5), a section at ≥ 1 expected
  sentence. Dev figures: see the tables above (before: micro-F1 0.736 English, 0.674 Hindi).
- **2026-12-02, issue 10 (topics learned from labelled data)**: the rule classifier gives way to
  a two-stage model trained on 7,908 sentences labelled for this purpose (two blind passes,
  agreement 0.944, disagreements adjudicated). Dev micro-F1 English 0.718 → **0.736**, Hindi
  0.663 → **0.674**, though the rules had been tuned on these very sentences and the model never
  saw them; cross-validated on the training documents 0.685 / 0.637 (the rules: see the CV
  table's last column for the card). Removed from the lexicons as taken from dev sentences: the
  "told the U.N. General Assembly" venue entry and its variants, "nature's wrath/fury", the
  misspellings आंतकवाद, आंतकी, आंतकवादी, and मतसंग्रह. The card is now drawn from the model's
  probabilities with a rule chosen by cross-validation (a line at p ≥ 0.5, a section at ≥ 1
  expected sentence); the targets (micro-F1 0.85, card precision 0.90, main-topic recall 0.95)
  are not met. What limits it: few labelled sentences per topic (the learning curve still
  rises: 0.63 → 0.65 → 0.69 in English at a quarter, a half and all of the data), and topics
  that are a matter of the story rather than of words (geopolitics, security, people: F1 0.5–0.6).
- **2026-12-02, issue 9 (pages that are not articles)**: the "not an article" verdict is made from
  measured signals (prose in real sentences with captions and bios set aside, form fields on the
  page, link share, share of prose, the teaser grid; \`engine/extract/verdict.ts\`). Its thresholds
  were set from the fixture pages and checked on the dev news pages here, never the reserved ones.
  Extraction figures are unchanged except on one page: trafilatura's scmp.com.playbook, whose saved
  HTML holds only a photo caption, an author bio and "READ FULL ARTICLE" (the body is in a JSON
  blob Readability does not read), is now "not an article" (before, its card was the caption and
  the bio; must-not-contain absent 91.2 % → 92.0 %). readability's nytimes-5, a section front, was
  and is "not an article".
- **2026-11-27, issue 5 round 2** (before → after on dev: topics micro-F1 English 0.713 → see table,
  Hindi 0.629 → see table; defence English 0.847, Hindi 0.804; trade 0.875 / 0.941; summaries
  ROUGE-L BBC English 0.454, USC Hindi 0.322 (TextRank 0.342, not met), XL-Sum Hindi 0.155):
  - Hindi senses: आक्रमण is any attack (only सैन्य आक्रमण is an invasion); पश्चिम alone is the
    compass direction; प्रतिद्वंद्वी is an opponent, rivalry is प्रतिद्वंद्विता; नागरिकता, केले, डेंगू, कक्षीय
    stem onto common words (नागरिक, the name Kelly, a name, a school class) and now need phrases.
  - Security covers terrorism and intelligence, not ordinary crime: crime and the police are weak
    cues (1). Investment: a tax and a grant (of bail, of asylum) are not investment; money for
    research is technology. People: religious affiliation and a professor's title describe actors
    (weight 1, like offices). Multilateral: the UN as the place something was said is a venue (1).
  - New general vocabulary in both languages: decisive sanctions phrases (new / international /
    tough sanctions, नए / अंतरराष्ट्रीय / कड़े प्रतिबंध), going to war (युद्ध छिड़ना), intelligence agencies
    and agents (CIA, ISI, सीआईए एजेंट), disarm, नौसेना बेस, द्विपक्षीय कारोबार, transliterations
    (आर्टिफीसियल इंटेलिजेंस, डिजास्टर, इंटरनेशनल कोर्ट), the calamity idiom प्रकृति का प्रकोप, and the
    Hindi forms of denuclearisation now credit geopolitics as the English ones do.
  - Oblique plurals of two-letter nouns (बलों, दलों, बमों) stem to "बलो", not "बल", so phrases such as
    सुरक्षा बलों and सशस्त्र बलों are listed as forms of their own.
  - Themes: shared actors and places pull a sentence into an article's theme only when it has no
    topic of its own; a sentence already about another strand of the story needs a cue of its own.
    This is what lifted English defence past 0.85 (0.847 → 0.878); Hindi NTREX defence went from
    0.80 to 0.88, but the Hindi column also counts BBC Hindi, where four sentences about military
    action in Syria and a fighter's homecoming are marked defence without a defence label.
  - Paragraph smoothing: a sentence between two same-topic sentences of its paragraph, with a weak
    cue of its own, takes the topic. Neutral on dev (most labelled documents are one sentence per
    paragraph, and themes already cover the rest); kept because it is principled and linear.
  - Summaries: Hindi pronoun, possessive and auxiliary forms (उसके, मेरा, रहा, सकते …) are left out
    of sentence similarity, so graph centrality compares content, not grammar; the informativeness
    prior was re-chosen by cross-validation (above). USC Hindi now clears TextRank.

### Targets not met, and why
- **Topic micro-F1 ≥ 0.90** (English and Hindi). The labellers mark every sentence of an article with
  the article's topics when it carries the story on (a Bolivian sea-access piece is geopolitics
  throughout, with few sentence-level cues), but only the strand a sentence is about in multi-topic
  stories (a terror trial is security only where the attack is mentioned). A lexicon classifier with
  article themes gets part of the way; closing the gap needs a model of discourse, not more
  keywords, and fitting keywords to the dev documents would not carry to the held-out half.
  Geopolitics recall (≈ 0.49 English, ≈ 0.44 Hindi) is the largest single loss.
- **Defence ≥ 0.85 in Hindi** (0.841): the Hindi figure pools NTREX (0.88) with BBC Hindi, which has
  no defence labels but four sentences the engine reads as military (an army's action in Syria,
  chemical weapons, fighters). Removing them would take a rule for those documents, not a general one.
- **Energy ≥ 0.85** cannot be measured: the dev set has no energy labels.
- **Stemmer issues outside this module** (engine/text/stem.ts): the 3-code-point minimum keeps
  two-letter nouns' oblique plurals apart (बल/बलों), पहले stems onto पहल (initiative), and -िक is
  stripped from proper nouns (नासिक → नास = NASA's stem). The lexicon works around the first.
`;
