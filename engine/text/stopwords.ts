/** Function words left out of sentence similarity (normalised forms, before stemming). */

const ENGLISH = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just me more most my no nor
not now of off on once only or other our ours out over own said same says she should so some such
than that the their theirs them then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours mr mrs ms dr
may might must shall one two three new told according per cent percent year years week day monday
tuesday wednesday thursday friday saturday sunday`;

const HINDI = `और के का की को में से पर है हैं था थे थी थीं ने भी कि यह वह ये वे इस उस इन उन एक हो होने
होगा होगी होंगे हुआ हुए हुई जो तो ही तक लिए साथ बाद कर करने किया किए गया गए गई कहा कहना रहा रहे रही
अपने अपनी अपना बारे बीच द्वारा दौरान अब जब तब यहां वहां कुछ सभी कई सकता सकते सकती जा जाता जाती जाते
ना नहीं न तथा एवं या लेकिन मगर किंतु परंतु अगर यदि क्योंकि इसलिए वाले वाली वाला उन्होंने उनके उनकी उनका
इसके इसकी इसका जिसमें जिसे जिसके हम आप मैं हमें आपको श्री डॉ दिन साल वर्ष कहते बताया`;

/** Normalised stopwords of both languages. */
export const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH.split(/\s+/), ...HINDI.split(/\s+/)]);
