/// The specialist domains of the built-in phrasebook, each with the words an item from that
/// kind of interview almost always uses. An entry from a domain is a candidate only when the
/// item (or its note's interview type or area title) says one of its words: a Kafka line is
/// never suggested for a mobile item, nor an input-validation line for a URL shortener's
/// requirements because both mention URLs. Areas not listed are general: any interview can
/// need them.
enum TopicDomains {
    struct Domain: Sendable {
        var name: String
        /// Area titles, as in the phrasebook.
        var areas: [String]
        /// Words and stems (`word*`) of the domain.
        var words: [String]
    }

    static let all: [Domain] = [
        Domain(name: "mobile",
               areas: ["Main thread and concurrency on mobile", "Image loading and caching",
                       "Offline mode and sync", "App size and startup time", "Battery and network use"],
               words: ["ios", "android", "mobile", "app", "apps", "iphone", "phone", "swift", "swiftui",
                       "kotlin", "compose", "uikit", "main thread", "ui thread", "anr", "jank", "gcd",
                       "coroutine*", "dispatch*", "image*", "bitmap*", "thumbnail*", "glide", "picasso",
                       "kingfisher", "coil", "offline", "sync*", "conflict*", "airplane", "battery",
                       "background*", "foreground*", "binary", "startup", "launch", "cold start",
                       "bundle", "apk", "ipa", "download*", "radio", "wake*", "push notification*",
                       "scroll*", "feed", "cache*", "cellular", "data plan", "flaky network", "frames",
                       "fps", "device*", "emulator", "simulator", "react native", "flutter"]),
        Domain(name: "frontend",
               areas: ["Accessibility", "Rendering performance in the browser",
                       "Front-end state management", "Testing in the browser"],
               words: ["browser*", "dom", "react", "vue", "angular", "svelte", "component*", "css",
                       "html", "javascript", "typescript", "frontend", "front-end", "aria",
                       "screen reader*", "keyboard", "focus", "contrast", "wcag", "a11y",
                       "accessib*", "alt text", "render*", "re-render*", "paint", "layout",
                       "reflow", "animation*", "jank*", "virtuali*", "bundle", "hydration", "state",
                       "redux", "props", "hook*", "context", "store", "useeffect", "usestate", "usememo",
                       "usecallback", "closure*", "stale", "memo*", "jsx", "spa", "client side", "playwright", "cypress",
                       "selenium", "jest", "testing library", "e2e", "end-to-end", "visual",
                       "drag*", "form", "forms", "ui", "page", "scroll*"]),
        Domain(name: "data",
               areas: ["Data quality", "Leakage and validation", "Choosing metrics for models",
                       "Experiment design"],
               words: ["data", "dataset*", "model*", "ml", "feature*", "label*", "train*", "test set",
                       "validation", "leak*", "overfit*", "metric*", "precision", "recall", "auc",
                       "accuracy", "f1", "experiment*", "a/b", "ab test*", "control", "treatment",
                       "hypothesis", "power", "sample*", "significan*", "p-value", "variance",
                       "bias", "null*", "missing", "duplicate*", "outlier*", "schema", "pipeline*",
                       "clean*", "logs", "clickstream", "baseline", "churn", "conversion", "cohort*",
                       "randomi*", "split", "cross-validation", "fraud", "classifier", "predict*",
                       "regression", "sql", "pandas", "etl", "skew*", "seasonal*", "lift"]),
        Domain(name: "management",
               areas: ["Delegation", "Performance conversations", "Growing the team",
                       "Roadmaps and prioritisation", "Outcomes over activity"],
               words: ["manag*", "team", "teams", "report", "reports", "direct*", "delegat*",
                       "underperform*", "performance", "pip", "feedback", "1:1", "1-1", "one-on-one",
                       "coach*", "mentor*", "hire", "hiring", "hired", "interview*", "recruit*",
                       "onboard*", "headcount", "promot*", "career", "roadmap*", "priorit*",
                       "stakeholder*", "okr*", "quarter*", "planning", "outcome*", "impact",
                       "result*", "metric*", "engineer*", "people", "org", "reorg", "leader*",
                       "lead", "ownership", "tickets", "pr", "prs", "review*", "sprint*", "p0", "p1", "sales",
                       "backlog", "say no", "customers", "product manager", "pm",
                       "retro*", "syncs", "meetings"]),
        Domain(name: "reliability",
               areas: ["Incident response", "Monitoring and alerting", "Postmortems and learning"],
               words: ["incident*", "outage*", "on-call", "oncall", "pager*", "page", "paged",
                       "alert*", "monitor*", "dashboard*", "slo*", "sli*", "sla*", "error budget",
                       "metric*", "observab*", "log*", "trace*", "tracing", "latency", "failover",
                       "rollback", "roll back", "mitigat*", "root cause", "postmortem*",
                       "post-mortem*", "blameless", "rca", "status page", "escalat*", "sev*",
                       "runbook*", "degrad*", "down", "downtime", "restore", "queue", "backing up",
                       "blame*", "write-up", "writeup", "lessons", "action items"]),
        Domain(name: "security",
               areas: ["Threat modelling", "Input validation and injection", "Authentication and credentials"],
               words: ["secur*", "attack*", "threat*", "vulnerab*", "exploit*", "owasp", "inject*",
                       "xss", "csrf", "ssrf", "sanitiz*", "sanitis*", "escap*", "validat*", "untrusted",
                       "payload*", "malicious", "auth", "authn", "authz", "authenticat*",
                       "authori*", "password*", "credential*", "secret*", "token*", "jwt", "oauth",
                       "session*", "cookie*", "mfa", "2fa", "encrypt*", "tls", "https", "certificate*",
                       "permission*", "privilege*", "rbac", "admin", "hash*", "salt*", "key rotation",
                       "api key*", "leak*", "cve", "pentest*", "abuse", "spoof*", "concatenat*",
                       "user input", "raw input", "unescaped", "parameteri*", "prepared statement*"]),
        Domain(name: "collaboration",
               areas: ["Pairing and thinking together", "Giving code review feedback"],
               words: ["pair*", "pairing", "driver", "driving", "navigator", "navigat*", "together",
                       "review*", "pr", "prs", "pull request*", "comment*", "nit*", "reviewer*",
                       "approve*", "diff", "suggest*", "ideas", "watched", "keyboard"]),
    ]

    /// A domain's words, ready to look for: whole words, phrases and stems, compared with
    /// the item's words as written (lower case), never after stemming or synonym folding,
    /// which would make "deep" say "lead".
    struct Vocabulary: Sendable {
        var words: Set<String> = []
        var phrases: [String] = []
        /// Stems as bytes, by their first byte: every word of every item is checked.
        var stems = [[[UInt8]]](repeating: [], count: 256)

        init(_ domain: Domain) {
            for word in domain.words.map({ $0.lowercased() }) {
                if word.hasSuffix("*") {
                    let stem = Array(word.utf8.dropLast())
                    stems[Int(stem.first ?? 0)].append(stem)
                } else if word.utf8.contains(UInt8(ascii: " ")) {
                    phrases.append(" " + word + " ")
                } else {
                    words.insert(word)
                }
            }
        }

        func isSaid(in item: ItemWords) -> Bool {
            item.words.contains { word in
                words.contains(word) || (word.hasSuffix("s") && words.contains(String(word.dropLast())))
                    || stems[Int(word.utf8.first ?? 0)].contains { word.utf8.starts(with: $0) }
            } || phrases.contains { item.joined.byteRange(of: $0) != nil }
        }
    }

    /// An item's words, lower case, as written.
    struct ItemWords {
        let words: [String]
        let joined: String

        init(_ text: String) {
            words = TextAnalyzer.words(text)
            joined = " " + words.joined(separator: " ") + " "
        }
    }
}
