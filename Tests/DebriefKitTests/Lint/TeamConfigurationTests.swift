import Testing

@testable import DebriefKit

/// `.debrief.yml`: every setting read, every mistake an error naming the file, line and key.
@Suite struct TeamConfigurationTests {
    static let full = """
        rules:
          vague-feedback: error
          no-example: off
          personality-language:
            severity: warning
            words: ["difficult to work with"]
            ignore: [introvert]
          too-many-improvements:
            max: 7
        required-details: [candidate, role]
        sections:
          strengths: ["Keepers"]
          private: ["Back room"]
        phrasebooks: [team.md]
        render:
          formats: [html, json]
          audience: internal
          suggestions: 0
        overrides:
          - files: "drafts/*"
            rules:
              missing-detail: off
            required-details: [candidate]
        """

    @Test func everySettingIsRead() throws {
        let configuration = try TeamConfiguration.parse(Self.full, file: "team/.debrief.yml")
        #expect(configuration.lint.severity(of: "vague-feedback") == .error)
        #expect(configuration.lint.severity(of: "no-example") == nil)
        #expect(configuration.lint.severity(of: "missing-strengths") == .warning)
        #expect(configuration.lint.addedWords["personality-language"] == ["difficult to work with"])
        #expect(configuration.lint.ignoredWords["personality-language"] == ["introvert"])
        #expect(configuration.lint.maxImprovements == 7)
        #expect(configuration.lint.requiredDetails == [.candidate, .role])
        #expect(configuration.phrasebooks == ["team/team.md"])
        #expect(configuration.formats == [.html, .json])
        #expect(configuration.audience == .internal)
        #expect(configuration.suggestions == 0)
        let draft = configuration.lintSettings { $0 == "drafts/*" }
        #expect(draft.severity(of: "missing-detail") == nil)
        #expect(draft.requiredDetails == [.candidate])
        #expect(configuration.lintSettings { _ in false }.severity(of: "missing-detail") == .warning)
    }

    @Test func aTeamLabelIsReadAsItsSection() throws {
        let configuration = try TeamConfiguration.parse(Self.full, file: ".debrief.yml")
        let text = "Keepers\n\n- Asked about n first\n\nBack room\n\nAda was calm.\n"
        let plain = NotesParser().parse(text, source: "n.md")
        #expect(plain.strengths.isEmpty)
        #expect(plain.privateNotes?.contains { $0.kind == .section } == false)
        let team = NotesParser(extraLabels: configuration.sectionLabels).parse(text, source: "n.md")
        #expect(team.strengths.map(\.text) == ["Asked about n first"])
        #expect(team.privateNotes?.first?.title == "Back room")
    }

    @Test func aTeamWordIsFlaggedAndAnIgnoredOneIsNot() throws {
        let configuration = try TeamConfiguration.parse(Self.full, file: ".debrief.yml")
        let text = LintRuleTests.note(summary: "Difficult to work with; an introvert, I think.")
        let codes = Linter(settings: configuration.lint).lint(text, file: "n.md")
            .filter { $0.code == "personality-language" }.map(\.message)
        #expect(codes == ["'Difficult to work with' describes personality, not behaviour"])
    }

    static let mistakes: [NamedInput<(String, String)>] = [
        NamedInput("unknown top-level key", ("rulez:\n  vague-feedback: off\n",
                                             ".debrief.yml:1:1: error: unknown key 'rulez'")),
        NamedInput("unknown rule", ("rules:\n  vage-feedback: off\n",
                                    ".debrief.yml:2:3: error: unknown rule 'vage-feedback'")),
        NamedInput("bad severity", ("rules:\n  vague-feedback: loud\n",
                                    ".debrief.yml:2:19: error: 'rules.vague-feedback' must be")),
        NamedInput("words on a rule without a list", ("rules:\n  vague-feedback:\n    words: [x]\n",
                                                      ".debrief.yml:3:5: error: unknown key 'words' in rules.vague-feedback (known: severity)")),
        NamedInput("unknown detail", ("required-details: [candidate, shoe-size]\n",
                                      ".debrief.yml:1:19: error: 'shoe-size' in 'required-details'")),
        NamedInput("unknown section", ("sections:\n  highlights: [Wins]\n",
                                       ".debrief.yml:2:3: error: unknown key 'highlights' in sections")),
        NamedInput("bad format", ("render:\n  formats: [pdf]\n",
                                  ".debrief.yml:2:12: error: 'pdf' in 'render.formats'")),
        NamedInput("override without files", ("overrides:\n  - rules:\n      no-example: off\n",
                                              ".debrief.yml:2:5: error: an override needs 'files'")),
        NamedInput("not YAML", ("rules: [unclosed\n", ".debrief.yml:2:1: error: not valid YAML")),
        NamedInput("a list at the top", ("- rules\n", ".debrief.yml:1:1: error: the file must be a mapping")),
    ]

    @Test(arguments: mistakes)
    func aMistakeNamesTheFileLineAndKey(_ input: NamedInput<(String, String)>) {
        let (yaml, expected) = input.value
        #expect(throws: ConfigurationError.self) {
            _ = try TeamConfiguration.parse(yaml, file: ".debrief.yml")
        }
        do {
            _ = try TeamConfiguration.parse(yaml, file: ".debrief.yml")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func theStarterConfigurationIsEveryDefault() throws {
        let configuration = try TeamConfiguration.parse(StarterConfiguration.text, file: ".debrief.yml")
        var defaults = TeamConfiguration(file: ".debrief.yml")
        defaults.lint.severities = Dictionary(uniqueKeysWithValues: DiagnosticRegistry.all.map {
            ($0.code, Optional($0.defaultSeverity))
        })
        defaults.lint.addedWords = Dictionary(uniqueKeysWithValues: WordListRule.codes.map { ($0, [String]()) })
        defaults.lint.ignoredWords = defaults.lint.addedWords
        defaults.formats = [.json]
        defaults.audience = .candidate
        defaults.suggestions = 2
        #expect(configuration == defaults)
        for info in DiagnosticRegistry.all {
            #expect(StarterConfiguration.text.contains("  \(info.code.rawValue):"), "\(info.code)")
        }
    }
}
