"""The parts of a disguised harmful ask in languages the other word lists do not cover.

A direct jailbreak with no trigger phrase is a frame (a story, "imagine", a hypothetical, "for
educational purposes"), an ask for something one can carry out (step by step, the exact
amounts, how to make) and a harm (a bomb, a poison, a weapon, drugs, killing, breaking into a
computer, fraud, counterfeit money). :mod:`intent` reads the three as the families
``persona_task`` / ``story_frame`` / ``disclaimer``, ``howto`` and ``harm`` and pairs them
(``frame+howto+harm``, ``persona_task+harm``, ``disclaimer+harm``); its lists cover about thirty
languages. Asking in a language a safety filter saw little of is itself a known way around it,
so this module adds the same five concepts in low-resource languages and in romanised writing
of big ones: Amharic, Hausa, Yoruba, Zulu, Somali, Kazakh, Uzbek, Sinhala, Nepali, Burmese,
Tamil, Urdu, Basque, Welsh, Quechua, and Hindi, Arabic, Russian and Japanese in Latin letters.

Each concept is written from knowledge of the language, not from any dataset's sentences.
Latin-script terms match at a word start (:func:`intent._needs_word_start`), so each is a
phrase or a stem long enough not to start an English, Spanish or German word ("bam", Hausa
for bomb, would match "bamboo"; "doku", Japanese for poison, "Dokument"). Terms in other
scripts match anywhere, so a term that hides inside a common word of a neighbouring language
is written with the word that follows it: Urdu "بم" (bomb) and "ناول" (novel, inside Arabic
"تناول", to eat), Sinhala "විෂ" and Nepali "विष" (poison, inside "විෂය" / "विषय", subject).
No term counts alone: the families are only read in the pairs of :mod:`intent`. The terms
join the families' index at import, so the only cost is a few more index keys and RE2 set
entries.
"""

from __future__ import annotations

__all__ = ["CROSSLING_FAMILIES"]

CROSSLING_FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "am": {  # Amharic
        "harm": ("ቦምብ", "ፈንጂ", "መርዝ", "የጦር መሳሪያ", "ሽጉጥ", "አደንዛዥ ዕፅ", "መግደል", "መጥለፍ", "የሐሰት ገንዘብ"),
        "howto": ("ደረጃ በደረጃ", "እንዴት እንደሚሰራ", "እንዴት መስራት", "ትክክለኛ መጠን", "ዝርዝር መመሪያ"),
        "story_frame": ("ልብ ወለድ", "ገፀ ባህሪ", "ፊልም ጽሁፍ"),
        "persona_task": ("አስቡት", "እንደሆንክ አስብ"),
        "disclaimer": ("ለትምህርት ዓላማ ብቻ",),
    },
    "ha": {  # Hausa
        "harm": ("guba mai", "gubar", "makamai", "bindiga", "abubuwan fashewa", "miyagun kwayoyi", "kashe mutum",
                 "zamba", "kutse cikin", "jabun kudi", "harhada bam", "kera bam"),
        "howto": ("mataki-mataki", "mataki mataki", "yadda ake yin", "yadda ake kera", "yadda ake hada",
                  "ainihin adadin"),
        "story_frame": ("labarin kirkira", "a cikin labari", "wasan kwaikwayo", "littafin labari"),
        "persona_task": ("ka yi tunanin", "ki yi tunanin", "a ce kai ne", "ka dauka cewa"),
        "disclaimer": ("don ilimi kawai",),
    },
    "yo": {  # Yoruba, with and without tone marks
        "harm": ("bọ́ǹbù", "bombu", "májèlé", "majele", "ohun ìjà", "ohun ija", "ìbọn", "oògùn olóró",
                 "oogun oloro", "pa ènìyàn", "pa eniyan", "jìbìtì", "jibiti", "owó ayédèrú", "owo ayederu"),
        "howto": ("ìgbésẹ̀ ìgbésẹ̀", "igbese igbese", "bí a ṣe ń ṣe", "bi a se n se", "bí a ṣe lè ṣe",
                  "bi a se le se", "iye gangan"),
        "story_frame": ("ìtàn àròsọ", "itan aroso", "nínú ìtàn", "ninu itan", "eré oníṣe"),
        "persona_task": ("fojú inú wò", "foju inu wo", "ṣe bí ẹni pé", "se bi eni pe"),
        "disclaimer": ("fún ẹ̀kọ́ nìkan", "fun eko nikan"),
    },
    "zu": {  # Zulu
        "harm": ("ibhomu", "amabhomu", "ushevu", "isikhali", "izikhali", "isibhamu", "izidakamizwa", "ukubulala",
                 "ukugebenga", "imali mbumbulu", "ukweba imali"),
        "howto": ("isinyathelo ngesinyathelo", "indlela yokwenza", "ungakwenza kanjani", "izinga eliqondile",
                  "imiyalelo enemininingwane"),
        "story_frame": ("indaba eqanjiwe", "enovelini", "kwinoveli", "umlingiswa"),
        "persona_task": ("cabanga ukuthi", "ake ucabange", "zenze sengathi"),
        "disclaimer": ("ngezinjongo zemfundo",),
    },
    "so": {  # Somali
        "harm": ("walxaha qarxa", "qarax samee", "sumeyn", "hub sameeyo", "qoriga", "daroogada", "dil qof",
                 "khayaano lacageed", "lacag been abuur", "jabsiga"),
        "howto": ("tallaabo tallaabo", "sida loo sameeyo", "sidee loo sameeyaa", "qadarka saxda"),
        "story_frame": ("sheeko mala-awaal", "sheekada", "jilaaga"),
        "persona_task": ("qiyaas in", "ka dhig in"),
        "disclaimer": ("ujeedo waxbarasho oo keliya",),
    },
    "kk": {  # Kazakh
        "harm": ("жарылғыш", "бомба жаса", "у дайында", "улау", "қару жаса", "есірткі", "өлтіру", "бұзып кіру",
                 "жалған ақша", "алаяқтық"),
        "howto": ("қадам-қадаммен", "қадамдап", "қалай жасау", "қалай жасауға", "нақты мөлшер", "толық нұсқаулық"),
        "story_frame": ("әңгіме жазып", "роман жазып", "кейіпкер", "сценарий жаз"),
        "persona_task": ("елестетіңіз", "елестетші", "сен болып", "деп елестет"),
        "disclaimer": ("тек білім беру мақсатында",),
    },
    "uz": {  # Uzbek, Latin script
        "harm": ("portlovchi", "bomba yasash", "bomba yasa", "zahar", "qurol yasash", "qurol-yarog", "giyohvand",
                 "o'ldirish", "o‘ldirish", "firibgarlik", "soxta pul", "xakerlik", "buzib kirish"),
        "howto": ("qadamma-qadam", "bosqichma-bosqich", "qanday yasash", "qanday qilib", "aniq miqdor",
                  "batafsil ko'rsatma"),
        "story_frame": ("hikoya yozyapman", "roman yozyapman", "qahramon", "ssenariy yoz"),
        "persona_task": ("tasavvur qiling", "tasavvur qil", "faraz qiling"),
        "disclaimer": ("faqat ta'lim maqsadida", "faqat ta’lim maqsadida"),
    },
    "si": {  # Sinhala
        "harm": ("බෝම්බ", "පුපුරණ ද්‍රව්‍ය", "විෂ දී", "විෂ සාද", "ආයුධ", "තුවක්කු", "මත්ද්‍රව්‍ය", "මරන්න", "මරා දැමීම",
                 "හැක් කරන්න", "වංචා", "ව්‍යාජ මුදල්"),
        "howto": ("පියවරෙන් පියවර", "හදන්නේ කොහොමද", "සාදන ආකාරය", "නිවැරදි ප්‍රමාණ", "සවිස්තරාත්මක උපදෙස්"),
        "story_frame": ("ප්‍රබන්ධ", "නවකතාව", "චරිතය", "තිර රචනය"),
        "persona_task": ("මවාගන්න", "කියලා හිතන්න"),
        "disclaimer": ("අධ්‍යාපනික අරමුණු සඳහා පමණි",),
    },
    "ne": {  # Nepali
        "harm": ("बम बनाउ", "विस्फोटक", "विष बनाउ", "विष दिने", "हतियार", "लागूऔषध", "लागू औषध", "मार्ने", "ह्याक गर्ने",
                 "ठगी", "नक्कली नोट"),
        "howto": ("चरणबद्ध", "चरण-चरण", "कसरी बनाउने", "कसरी बनाउन", "ठ्याक्कै मात्रा", "विस्तृत निर्देशन"),
        "story_frame": ("उपन्यास", "कथा लेख्दै", "पटकथा"),
        "persona_task": ("कल्पना गर्नुहोस्", "कल्पना गर", "मान्नुहोस् कि"),
        "disclaimer": ("शैक्षिक उद्देश्यका लागि मात्र",),
    },
    "my": {  # Burmese
        "harm": ("ဗုံး", "ပေါက်ကွဲ", "အဆိပ်", "လက်နက်", "သေနတ်", "မူးယစ်ဆေး", "သတ်နည်း", "လူသတ်", "ဟက်ခ်",
                 "လိမ်လည်", "ငွေအတု"),
        "howto": ("အဆင့်ဆင့်", "ဘယ်လိုလုပ်ရမလဲ", "ပြုလုပ်နည်း", "လုပ်နည်း", "အတိအကျပမာဏ", "အသေးစိတ်လမ်းညွှန်"),
        "story_frame": ("ဝတ္ထု", "ဇာတ်ကောင်", "ဇာတ်ညွှန်း"),
        "persona_task": ("စိတ်ကူးကြည့်", "ဆိုပါစို့"),
        "disclaimer": ("ပညာရေးရည်ရွယ်ချက်အတွက်သာ",),
    },
    "ta": {  # Tamil
        "harm": ("வெடிகுண்டு", "வெடிபொருள்", "விஷம்", "ஆயுதம்", "துப்பாக்கி", "போதைப்பொருள்", "கொல்வது",
                 "ஹேக் செய்", "மோசடி", "கள்ள நோட்டு"),
        "howto": ("படிப்படியாக", "எப்படி தயாரிப்பது", "எப்படி செய்வது", "சரியான அளவு", "விரிவான வழிமுறை"),
        "story_frame": ("நாவல்", "புனைகதை", "கதாபாத்திரம்", "திரைக்கதை"),
        "persona_task": ("கற்பனை செய்", "என்று வைத்துக்கொள்"),
        "disclaimer": ("கல்வி நோக்கத்திற்காக மட்டும்",),
    },
    "ur": {  # Urdu
        "harm": ("بم بنا", "دھماکہ خیز", "زہر", "ہتھیار", "منشیات", "قتل کر", "ہیک کر", "جعلی نوٹ", "دھوکہ دہی"),
        "howto": ("مرحلہ وار", "قدم بہ قدم", "کیسے بنائیں", "کیسے بنایا", "بنانے کا طریقہ", "صحیح مقدار"),
        "story_frame": ("ناول لکھ", "افسانہ", "کہانی لکھ", "کردار", "اسکرپٹ"),
        "persona_task": ("تصور کریں", "فرض کریں", "سمجھو کہ"),
        "disclaimer": ("صرف تعلیمی مقاصد",),
    },
    "eu": {  # Basque
        "harm": ("bonba bat", "bonbak egin", "lehergailu", "pozoi", "armak egin", "su-arma", "drogak egin",
                 "hiltzeko", "hil nahi", "iruzur", "diru faltsu", "hackeatu"),
        "howto": ("urratsez urrats", "pausoz pauso", "nola egin", "nola prestatu", "kantitate zehatz",
                  "argibide zehatz"),
        "story_frame": ("eleberri", "istorio bat idazten", "pertsonaia", "gidoia"),
        "persona_task": ("imajinatu", "demagun", "irudikatu"),
        "disclaimer": ("hezkuntza helburuetarako soilik",),
    },
    "cy": {  # Welsh
        "harm": ("ffrwydron", "bom cartref", "gwneud bom", "gwenwyn", "arfau", "dryll", "cyffuriau", "lladd rhywun",
                 "hacio i mewn", "twyll", "arian ffug"),
        "howto": ("cam wrth gam", "sut i wneud", "sut i greu", "yr union faint", "cyfarwyddiadau manwl"),
        "story_frame": ("nofel", "ffuglen", "cymeriad", "sgript ffilm"),
        "persona_task": ("dychmygwch", "dychmyga", "esgus bod"),
        "disclaimer": ("at ddibenion addysgol yn unig",),
    },
    "qu": {  # Quechua (Southern)
        "harm": ("t'uqyachiq", "tuqyachiq", "hampi millay", "sipiy", "wañuchiy", "wanuchiy", "suwakuy",
                 "llulla qullqi"),
        "howto": ("imaynatataq ruwana", "imaynata ruway", "sapa kuti", "allin yupay"),
        "story_frame": ("willakuy qillqa", "willakuypi"),
        "persona_task": ("yuyaymanay", "yuyaymanaspa"),
        "disclaimer": ("yachachiypaqlla",),
    },
    "hi-Latn": {  # Hindi / Urdu in Latin letters
        "harm": ("bomb kaise", "bam kaise", "visphotak", "zeher kaise", "jahar kaise", "hathiyar", "nasha bana",
                 "drugs kaise", "maarne ka tarika", "marne ka tarika", "hack kaise", "nakli note", "dhokha kaise"),
        "howto": ("kaise banaye", "kaise banate", "kaise banaen", "kaise banayein", "banane ka tarika",
                  "step by step batao", "kitni matra", "poora tarika"),
        "story_frame": ("kahani likh", "kahani mein", "upanyas", "kirdaar"),
        "persona_task": ("maan lo", "maano ki", "socho ki", "kalpana karo", "kalpana kijiye"),
        "disclaimer": ("sirf padhai ke liye", "sirf shiksha ke liye"),
    },
    "ar-Latn": {  # Arabic in Latin letters and Arabizi
        "harm": ("qunbula", "2unbula", "mutafajjirat", "mutafajirat", "silah nari", "mukhaddirat", "sim qatel",
                 "qatl shakhs"),
        "howto": ("khutwa bi khutwa", "5atwa b 5atwa", "khatwa khatwa", "kayfa asna3", "kif a3mel", "ezay a3mel",
                  "izzay a3mel", "tariqat sina3at"),
        "story_frame": ("riwaya", "qissa khayaliya", "shakhsiya fi"),
        "persona_task": ("takhayal", "takhayyal", "efredd enn", "ifrid an"),
        "disclaimer": ("li aghrad ta3limiya",),
    },
    "ru-Latn": {  # Russian in Latin letters
        "harm": ("bombu", "vzryvchatk", "vzryvchatku", "otravu", "otravit", "oruzhie", "narkotik", "ubit cheloveka",
                 "vzlomat", "falshivye dengi"),
        "howto": ("poshagovo", "kak sdelat", "kak izgotovit", "tochnye proporcii", "podrobnuyu instrukciyu"),
        "story_frame": ("pishu roman", "pishu rasskaz", "personazh", "scenariy"),
        "persona_task": ("predstav sebe", "predstav chto", "predstavte", "davay predstavim"),
        "disclaimer": ("v obrazovatelnyh celyah",),
    },
    "ja-Latn": {  # Japanese in Latin letters
        "harm": ("bakudan", "dokuyaku", "kakuseizai", "mayaku", "juuki", "hito wo korosu", "korosu houhou",
                 "hakkingu", "nisesatsu", "sagi no"),
        "howto": ("tsukurikata", "tsukuri kata", "tejun wo", "kuwashii tejun", "suuryou", "bunryou"),
        "story_frame": ("shousetsu", "monogatari", "tourou jinbutsu", "kyakuhon"),
        "persona_task": ("souzou shite", "to shite furumatte", "no furi wo shite"),
        "disclaimer": ("kyouiku mokuteki",),
    },
}  # fmt: skip
