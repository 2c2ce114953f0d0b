/// The built-in word lists of the fairness rules, as data in `WordList`'s syntax. A team
/// adds to them or takes entries out in `.debrief.yml` (`words`, `ignore`).
enum FairnessWords {
    /// Words about a person's character rather than what they did, and coded words that
    /// stand in for bias ("not a culture fit", "gut feeling").
    static let personality = [
        "abrasive", "arrogant", "arrogance", "bossy", "cocky", "condescending", "condescend*",
        "pushy", "shrill", "bitchy", "hysterical", "feisty", "sassy", "diva", "prima donna",
        "full of himself", "full of herself", "know it all", "know-it-all", "smug", "rude",
        "obnoxious", "annoying @person", "irritating @person", "entitled @person", "lazy @person",
        "weird @person", "creepy", "odd duck",
        "socially awkward", "awkward @person", "aggressive @person", "emotional @person",
        "too emotional", "defensive @person", "combative @person", "timid @person",
        "meek @person", "shy @person", "introverted", "introvert", "extroverted", "extrovert",
        "likeable", "likable", "unlikeable", "unlikable", "personable", "bubbly", "cold @person",
        "moody", "grumpy", "whiny", "vibe !coding", "vibes", "hot-headed", "hothead",
        "full of themselves", "not likeable", "sloppy @person", "difficult @person",
        "intimidating", "intense @person", "high maintenance", "high-maintenance",
        "not a culture fit", "not a good culture fit", "culture fit", "cultural fit",
        "not a team fit", "poor fit !of", "bad fit !of", "not a fit !of", "didn't click", "did not click",
        "didnt vibe", "didn't vibe", "no chemistry", "gut feeling", "gut feel", "my gut",
        "bad vibe", "bad vibes", "weird vibe", "rubbed me the wrong way", "not my type",
        "wouldn't want to work with", "would not want to work with", "have a beer with",
        "grab a beer with", "attitude problem", "bad attitude",
    ]

    /// Remarks on what the law and fairness keep out of a hiring decision: age, family and
    /// children, pregnancy, religion, nationality and origin, accent and language, health and
    /// disability, appearance, gender.
    static let protected = [
        // Age
        "too old", "too young", "years old @person", "year old @person", "age @owned", "older @person",
        "younger @person", "young @person", "old @person", "elderly", "boomer", "millennial",
        "gen z", "digital native", "overqualified", "late in his career", "late in her career",
        "fresh blood", "young and hungry", "energetic young", "over 40", "over 50", "over 60",
        "in his 40s", "in his 50s", "in her 40s", "in her 50s", "in their 50s", "retirement",
        "near retirement", "young dad", "young mom", "young mum", "old school @person",
        // Family and pregnancy
        "kids", "his children", "her children", "their children", "children @owned",
        "child @owned", "childcare", "child care", "daycare", "pregnant", "pregnancy",
        "expecting a baby", "she is expecting", "shes expecting", "is pregnant", "baby",
        "babies", "toddler", "kid", "dad", "mum", "mom", "mother", "father", "maternity", "paternity", "parental leave", "family plans",
        "plans to have", "starting a family", "married !to", "single mom", "single mother",
        "single dad", "single father", "his wife", "her husband", "her wife", "his husband",
        "mother of", "father of", "mom of", "dad of", "a mom", "a dad", "new mom", "new dad",
        // Religion
        "religion", "religious @person", "church", "mosque", "synagogue", "prays", "praying", "hijab",
        "headscarf", "turban", "kippah", "yarmulke", "muslim", "jewish", "hindu",
        "sikh", "buddhist", "atheist", "ramadan", "sabbath",
        // Nationality, origin, language
        "nationality", "national origin", "citizenship", "foreigner", "foreign-born",
        "immigrant", "ethnicity", "ethnic", "race @owned", "racial", "where he is from",
        "where she is from", "where they are from", "indian @person", "chinese @person", "american @person",
        "british @person", "nigerian @person", "pakistani @person", "mexican @person",
        "russian @person", "african @person", "asian @person", "european @person",
        "latino", "latina", "hispanic", "arab @person", "foreign", "native english",
        "second language", "english as a second", "esl", "accent !colour !color !colours !colors "
            + "!bar !line !border !shade", "accented", "native speaker", "non-native",
        "non native", "not a native", "english is not", "english isn't", "mother tongue",
        "broken english",
        // Health and disability
        "disability", "disabled @person", "wheelchair", "deaf", "hearing aid", "blind @person",
        "autistic", "autism", "adhd", "dyslexic", "dyslexia", "depression", "depressed",
        "mental health", "mental illness", "bipolar", "chronic illness", "illness",
        "his health", "her health", "their health", "medication", "stutter @person",
        "stuttered @person", "stuttering @person", "stammer @person", "stammered @person",
        "a stutter", "a stammer", "cancer", "on the spectrum", "surgery",
        "recovering from", "sick leave", "chemo", "therapy @owned", "diagnosed", "diagnosis @owned",
        // Appearance and gender
        "appearance @owned", "unprofessional appearance", "professional appearance",
        "attractive @person", "unattractive", "pretty @person", "handsome", "ugly @person",
        "overweight", "fat @person", "skinny @person", "his weight", "her weight", "tattoo", "tattoos", "piercing",
        "piercings", "hairstyle", "hair", "haircut", "beard", "t-shirt", "tshirt", "hoodie",
        "wrinkled", "scruffy", "unkempt", "shabby", "sweatpants", "pyjamas", "pajamas", "well dressed",
        "well-dressed", "badly dressed", "dressed", "outfit", "his clothes", "her clothes",
        "her makeup", "wore makeup", "good-looking", "good looking", "looks young", "looked young",
        "looks old", "looked old", "gender @owned", "for a woman", "for a girl", "for a guy",
        "as a woman", "as a mother", "female candidate", "male candidate",
    ]
}
