/**
 * Function words that the shared stopword list leaves in, kept out of sentence similarity: Hindi
 * pronoun and possessive forms, light verbs and auxiliaries, quantifiers and particles. Without
 * them, two Hindi sentences look alike because both say "उसके … रहा था", and centrality rewards
 * the grammar instead of the story. Normalised forms (nukta dropped, chandrabindu → anusvara).
 */
const HINDI = `उसका उसके उसकी उसे उससे उसमें उसपर इसका इसके इसकी इसे इससे इसमें इसपर उनका उनके उनकी उन्हें उनसे उनमें
इनका इनके इनकी इन्हें इनसे इनमें मेरा मेरे मेरी मुझे मुझसे हमारा हमारे हमारी हमसे तुम तुम्हारा तुम्हारे तुम्हारी
आपका आपके आपकी आपसे अपनी अपने अपना खुद स्वयं जिस जिसका जिसकी जिन जिनका जिनके जिनकी जिन्होंने जिन्हें किस किसका
किसकी किसके किसी कोई कौन क्या कैसे कैसा कैसी क्यों कब कहां कहीं जहां वहीं यहीं ऐसा ऐसे ऐसी वैसा वैसे जैसा जैसे जैसी
सा सी से सब सबसे सबको बहुत अधिक ज्यादा कम कुछ काफी बस सिर्फ केवल भी ही तो फिर अभी अब तब पहले बाद
रहा रहे रही रहता रहती रहते रहना होता होती होते होना हुआ हुए हुई हुईं होगा होगी होंगे हों है हैं था थे थी थीं
करता करती करते करना करें करेंगे करेगा करेगी किया किये किए की कर दिया दिए दी देना देता देती देते लिया लिए ली
लेना लेता लेती लेते गया गये गए गई गयी जाना जाता जाती जाते जाएगा जाएगी जाएंगे सकता सकती सकते सकें चाहिए वाले
वाली वाला यानी अथवा बल्कि साथ-साथ तरह प्रकार रूप द्वारा ओर तरफ लिये हेतु संबंधी`;

/** Normalised Hindi function words, beyond the shared stopword list. */
export const SIMILARITY_STOPWORDS: ReadonlySet<string> = new Set(HINDI.split(/\s+/).filter(Boolean));
