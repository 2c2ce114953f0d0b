/// What reads as a hiring evaluation, in one place: the word patterns that make a sentence,
/// bullet, row or label something only the hiring team may read.
///
/// A pattern is a run of words. Each slot lists alternatives with `|`; `word*` matches any
/// word starting so; `#` a number ("3", "185k"); `@level` a level code ("L5", "E4", "IC3",
/// "SDE2"); `_` any one word; a slot ending in `?` may be absent. Words are folded first
/// (`EvaluationWords`): lower case, apostrophes dropped ("I'd" → "id"), hyphens split.
///
/// The patterns lean towards hiding: a candidate who misses one sentence loses little, one
/// who reads "lean no hire" loses trust in the whole process. Words with an innocent everyday
/// sense ("calibrate", "bar", "offer", "level", "hire") count only in the company that gives
/// them their hiring sense.
enum EvaluationCues {
    enum Category: String, CaseIterable, Sendable {
        case decision = "a hiring decision"
        case bar = "a bar judgement"
        case level = "level calibration"
        case comparison = "a comparison with other candidates"
        case compensation = "compensation"
        case hiringTeam = "a note for the hiring team"
    }

    static let patterns: [(Category, String)] = [
        // Decisions: "strong hire", "lean no", "2 - No Hire", "would not hire", "I'd pass".
        (.decision, "strong|lean|leaning|leans|soft|weak|definite|definitely|clear|solid|firm hire|yes|no|nohire|pass"),
        (.decision, "strong|lean|leaning|soft|weak|firm reject|rejection|decline"),
        (.decision, "no|not|nohire hire|hiring"),
        (.decision, "nohire"),
        (.decision, "a|be|is|was|im|its|am|as yes|no for|from|if|on|at"),
        (.decision, "would|will be a? yes|no"),
        (.decision, "would|wouldnt|should|shouldnt|recommend|recommending|recommended|recommends not? hire|hiring"),
        (.decision, "we|i|id should|could|would|can|will not? hire"),
        (.decision, "hire him|her|them|at|as|into"),
        (.decision, "a|an good|great|solid|strong|safe|risky|easy|clear|definite|no|obvious|reasonable? hire"),
        (.decision, "be|not hired"),
        (.decision, "yes|no|hire|pass|up|down|emojithumbsup|emojithumbsdown from me|us"),
        (.decision, "overall|final|my|our|vote|verdict emojithumbsup|emojithumbsdown"),
        (.decision, "thumbs up|down"),
        (.decision, "verdict|verdicts"),
        (.decision, "recommend|recommended|recommending|recommendation advancing|advance|proceeding|moving|rejecting|reject|passing|hire|hiring|yes|no|nohire"),
        (.decision, "recommend|recommended|recommending an|a offer|hire"),
        (.decision, "move|moving|moved forward with|to the|an|a? next|final|onsite|offer|loop|round|candidate|him|her|them|hiring"),
        (.decision, "should|recommend|lets|would|we move|moving forward"),
        (.decision, "advance|advanced|advancing|invite|invited|bring|brought|progress|progressed|progressing to|into the? next|final|onsite|loop|panel|offer"),
        (.decision, "advance|advancing him|her|them|this|the candidate"),
        // Without a pronoun: "happy to move to onsite", "send to the final round". "Moving
        // to the next step" and "moved into the loop" are advice and code, so only stages
        // of hiring count.
        (.decision, "move|moves|moving|moved|send|sends|sending|sent|push|pushing|pushed|progress|progressing to|into the|an|a? onsite|onsites|offer|panel|superday"),
        (.decision, "move|moves|moving|moved|send|sends|sending|sent|push|pushing|pushed|progress|progressing|advance|advancing|advanced|go|goes|going|proceed|proceeding to|into|through the|an|a? next|final|second|third|later|following round|rounds|interview|interviews|onsite"),
        // "Would advance." "I'd progress." closing a sentence: the rest was the reason.
        (.decision, "would|wouldnt|will|should|shouldnt|id|recommend|happy|ok|okay not? to? advance|progress <end>"),
        (.decision, "not|dont|wont|shouldnt advance|advancing"),
        (.decision, "not|dont|wont|shouldnt|wouldnt|cant|couldnt move|moving|proceed|progress forward"),
        // "I wouldn't move him forward", "let's push her through to the onsite".
        (.decision, "move|moving|moved|push|pushing|pushed|bring|bringing|send|sending him|her|them|candidate forward|ahead"),
        (.decision, "move|moving|moved|push|pushing|pushed|bring|bringing|send|sending him|her|them|candidate through|on? to|into the? next|final|onsite|loop|panel|offer"),
        (.decision, "not|dont|wont|shouldnt|wouldnt|cant|couldnt proceed|progress|move|moving|proceeding|advance with|to the|an? him|her|them|candidate|onsite|offer|next|final|loop"),
        (.decision, "proceed|proceeding with him|her|them|candidate|offer|hire|hiring|onsite"),
        (.decision, "reject|rejecting him|her|them|candidate"),
        (.decision, "reject|rejecting the candidate"),
        (.decision, "pass|passing on|for him|her|them|this candidate?"),
        (.decision, "id|we|i pass <end>"),
        (.decision, "i|we would|will|should pass <end>"),
        (.decision, "inclined|inclination|leaning|lean towards|toward|to hire|yes|no|pass|reject|hiring|advance|offer|advancing"),
        (.decision, "on the fence"),
        // A bar raiser's vote: "Not Inclined", "Strongly Inclined".
        (.decision, "not|strongly inclined"),
        (.decision, "vote|voted|voting inclined|not|yes|no|hire|nohire|strong|lean|pass|against|for"),
        (.decision, "borderline hire|yes|no|pass|candidate|for|at|between|senior|staff|junior|mid|@level|<end>"),
        (.decision, "culture|cultural|team fit"),
        (.decision, "not|poor|bad a fit"),
        (.decision, "fit for the|this|our? role|team|company|position|org|level|us"),
        (.decision, "overall|final|my|our hire|yes|no|nohire"),
        (.decision, "hiring decision|recommendation|rec|call|outcome|signal|bar"),
        (.decision, "recommendation|decision|rec hire|yes|no|nohire|pass|advance|reject|strong|lean"),
        // A scorecard's field: "Rating: 👍 Hire". Not "yes" or "no": words are read across
        // commas, and "no result, no outcome" is a keyword list.
        (.decision, "rating|ratings|score|assessment|result|outcome|vote emojithumbsup|emojithumbsdown? hire|nohire|reject|advance|emojithumbsup|emojithumbsdown"),
        (.decision, "vote yes|no|pass"),
        // "I'd say hire", "I'd vote no hire".
        (.decision, "say|says|saying|vote|votes|voting|voted no|not? hire|hiring|nohire"),
        // Bar judgements: "not at the Staff bar yet", "above the bar for L5".
        (.bar, "at|above|below|meets|meet|met|clears|clear|cleared|over|under|hit|hits|reach|reached|near|for the|our|a _? bar"),
        (.bar, "staff|senior|junior|mid|principal|hiring|@level|level|role|team|company bar"),
        (.bar, "bar for @level|senior|staff|junior|mid|principal|hiring|level|role"),
        (.bar, "bar raiser|raisers"),
        (.bar, "barraiser"),
        // Level calibration: "calibrated at L4", "would down-level", "operates at a senior level".
        // "Calibration" alone is also a statistics term ("no calibration check"); it counts
        // when it names a level or a process of hiring.
        (.level, "level|levelling|leveling|hiring|interview|panel|final calibration|calibrations"),
        (.level, "calibration|calibrated at|as|to|for|against|in|with @level|level|senior|staff|junior|mid|principal|the|other|others|peers|hc|committee|last|previous|recent|this|our|their|past|prior"),
        (.level, "calibration meeting|session|call|discussion|notes"),
        (.level, "calibrate|calibrating|calibrates at|as|against @level|level|senior|staff|junior|mid|principal|other|others"),
        (.level, "down|up|under|over|re level|levels|levelled|leveled|leveling|levelling"),
        (.level, "downlevel*|uplevel*|underlevel*|overlevel*|relevel*"),
        (.level, "level|levelled|leveled|leveling|levelling|slot|slotted|place|placed him|her|them|candidate? at|as|in @level|senior|staff|junior|mid|principal"),
        // "She'd be a solid mid-level", "a senior hire", "not senior yet".
        (.level, "be|is|was|seems|looks|feels|shes|hes|theyre|more|less a|an? solid|strong|weak|clear|good|decent|borderline|firm|low|high|definite? senior|staff|junior|mid|principal|midlevel|@level level|hire|candidate|ic|engineer|developer|dev|swe|sde|<end>|yet|not|but|rather|maybe|probably|imo"),
        (.level, "a|an senior|staff|junior|mid|principal|midlevel|@level hire"),
        // "Would slot in at M1", "the level she applied for".
        (.level, "slot|slots|slotted|slotting|fit|fits in at|as a|an? @level|senior|staff|junior|mid|principal|midlevel"),
        (.level, "level|band he|she|they|candidate|shes|hes|theyve applied|interviewed|interviewing"),
        (.level, "not|isnt|wasnt|arent|never yet? senior|staff|principal|midlevel|@level yet|<end>|level|material|enough"),
        (.level, "not|isnt|wasnt|below|above the|a senior|staff|principal|junior|mid|midlevel|@level _? level|bar|band"),
        // "At a senior level, interviewers expect..." is advice; "operating at a senior level"
        // places the candidate.
        (.level, "operating|operates|operated|performing|performs|performed|interviewed|interviewing|pitched|landed|lands|sits|sat|solidly|firmly|clearly|squarely|closer|somewhere|more|comes|came|is|was|not|strong|solid|weak at|as|in|to|like|for a|an|the? senior|staff|junior|mid|principal|midlevel|entry level|levels|engineer|ic|bar|band|candidate|hire|than|rather|not|but|yet|<end>"),
        // "Closer to mid than senior", "mid rather than senior", "senior vs staff".
        (.level, "junior|mid|midlevel|senior|staff|principal than|vs|versus|over|not senior|staff|junior|mid|principal|midlevel|lead"),
        (.level, "junior|mid|midlevel|senior|staff|principal rather than senior|staff|junior|mid|principal|midlevel|lead"),
        (.level, "for a|an senior|staff|junior|mid|principal|midlevel candidate|hire"),
        (.level, "level assessment|calibration|recommendation|decision|fit|call"),
        (.level, "ready for|to be? senior|staff|principal|lead|promotion"),
        (.level, "ready for the|this|that|next level"),
        (.level, "at|as|like|an|a|solid|strong|weak|not|vs|versus|than|between|borderline|low|high|mid|for|to|over|under|below|above|around|closer|more @level"),
        (.level, "@level or|vs|versus|not|level|bar|candidate|performance|hire|signal|range|territory|at"),
        // Comparison with other candidates: "stronger than the other two this week".
        (.comparison, "other|previous|past|all|most|several|many|few|remaining|strongest|best|weakest|these|those|recent|our|two|three|four|five|# candidates"),
        (.comparison, "candidates ive|weve|i|we|this|so|seen|interviewed|in|at"),
        (.comparison, "candidates for the? role|position|job|team"),
        (.comparison, "applicants|interviewees|finalists|shortlist|shortlisted"),
        (.comparison, "other|previous|past|prior|remaining candidate|applicant|interviewee|finalist|finalists"),
        (.comparison, "compared|comparison|relative to|with others|peers"),
        (.comparison, "than|vs|versus others|most|everyone|anyone|peers|average"),
        (.comparison, "than|vs|versus the? other two|three|ones|candidate|candidates|interviewees|applicants|folks"),
        (.comparison, "best|strongest|weakest|worst|top|bottom|strong candidate|applicant|interviewee|performer"),
        (.comparison, "best|strongest|weakest|worst so far"),
        // "The strongest of the three", "the best of the bunch", "strongest we've seen today".
        (.comparison, "best|strongest|weakest|worst|top|bottom of the|all|our? two|three|four|five|six|#|candidates|applicants|finalists|interviewees|bunch|lot|day|week|shortlist|group|cohort|pool|field"),
        (.comparison, "weve|ive|we|i|theyve seen|interviewed|met today|yesterday"),
        (.comparison, "weve|ive|we|i|theyve seen|interviewed|met so|this far|week|month|round|cycle|morning|afternoon"),
        // "I'd put her ahead of …", "rated him below the other finalist".
        (.comparison, "put|puts|putting|rate|rates|rated|rating|place|places|placed|placing|have|has|had him|her|them ahead|above|below|behind"),
        (.comparison, "so far this week|month|cycle|loop|round|quarter|year|batch|season"),
        (.comparison, "top|bottom # %|percent|percentile"),
        (.comparison, "stack rank*"),
        (.comparison, "rank|ranked|ranking|ranks him|her|them|first|second|third|last|above|below"),
        (.comparison, "candidate pool|pipeline|slate"),
        (.comparison, "mid|middle|top|bottom|front|back|rest of? the? pack"),
        // Compensation: "expects 185k base", "offer at the top of band", "salary".
        (.compensation, "salary|salaries|compensation|comp|tc|rsu|rsus|remuneration|payband|paycheck|signon|ote|ctc"),
        // "Ask is 140k", "expectations are around 95k".
        (.compensation, "ask|asks|asking|expectation|expectations is|are|was|of|around|at|about #k"),
        (.compensation, "sign|signing on? bonus"),
        (.compensation, "base|total|annual|yearly pay|salary|comp|package|cash"),
        (.compensation, "pay band|range|grade|scale|bump|cut|expectation|expectations"),
        (.compensation, "top|bottom|middle|mid of the? band|range"),
        (.compensation, "within|above|below the? band"),
        (.compensation, "band level|range|top|bottom"),
        (.compensation, "extend|extended|extending|make|made|making|give|competing|counter|written|verbal|final|initial|an|the offer|offers"),
        (.compensation, "counteroffer|counteroffers"),
        (.compensation, "offer at|of|letter|range|package|band|details|stage|amount|terms|number|call|approval|for"),
        (.compensation, "for|to the offer"),
        (.compensation, "$|€|£ #"),
        (.compensation, "#k|# usd|eur|gbp|k|ote"),
        (.compensation, "#k base|tc|comp|salary|cash|package|offer|band|ask"),
        (.compensation, "expects|expecting|asking|asks|ask|wants|earns|earning|paid #k"),
        (.compensation, "interviewing|interviews elsewhere"),
        (.compensation, "other|competing offers|offer"),
        // Addressed to the hiring team, or marked as not for the candidate.
        (.hiringTeam, "hiring team|manager|managers|committee|panel|loop|hm|lead|leads"),
        (.hiringTeam, "hm|recruiter|recruiters|sourcer|hc"),
        (.hiringTeam, "debrief notes|meeting|session|doc|channel"),
        (.hiringTeam, "for|in|at|before|after|during the|our|fridays|mondays|tomorrows|todays|this|next? debrief"),
        (.hiringTeam, "note|notes|message|fyi|nb|ps for|to the? self|team|hiring|hm|recruiter|panel|committee|interviewers|debrief|myself|reviewers"),
        (.hiringTeam, "for the? hm|recruiter|recruiters|panel|committee|interviewers|debrief|reviewers"),
        (.hiringTeam, "fyi team|all|panel|recruiter|everyone|folks"),
        // "TODO for me: …", "reminder to self", "ask HR whether we can …".
        (.hiringTeam, "todo|todos|reminder|reminders|memo for|to me|myself|self"),
        (.hiringTeam, "ask|asking|check|checking|confirm|tell|ping|email|loop|sync in|with? hr|recruiter|recruiting|talent|hm|sourcer"),
        (.hiringTeam, "not for the? candidate|candidates|sharing|external|distribution"),
        (.hiringTeam, "not to be shared|forwarded|sent|shown|passed"),
        (.hiringTeam, "do|please|pls not|never share|forward|disclose|circulate"),
        (.hiringTeam, "dont|never share|forward|disclose|circulate"),
        (.hiringTeam, "internal only|use|notes|note|comment|comments|eyes|feedback"),
        (.hiringTeam, "for internal"),
        (.hiringTeam, "confidential|confidentially|privately"),
        (.hiringTeam, "private note|notes|comment|comments|feedback|only|remark|remarks"),
        (.hiringTeam, "between us|ourselves"),
        (.hiringTeam, "between you and me"),
        (.hiringTeam, "off the record"),
        (.hiringTeam, "my eyes"),
        (.hiringTeam, "eyes only"),
        (.hiringTeam, "interviewer|interviewers|team|panel|committee|hiring|staff only"),
        (.hiringTeam, "red|yellow|orange flag|flags"),
        (.hiringTeam, "redflag|redflags"),
        (.hiringTeam, "strong|mixed|positive|negative|good|clear|limited|little|enough|solid signal"),
        (.hiringTeam, "signal on|from|about"),
        // Remarks on the interviewer's own scoring, for whoever calibrates the panel.
        (.hiringTeam, "whoever calibrates|calibrating|decides|reviews|reads|collates"),
        (.hiringTeam, "scoring|scored|grading|graded|rating|rated|marking|marked generously|harshly|leniently|strictly"),
        (.hiringTeam, "i|id|im|we run|ran|score|grade|mark harsh|harshly|generous|generously|lenient|leniently|strict|strictly|hot|cold"),
    ]
}
