import Foundation

/// `debrief-fuzz FILE|FOLDER…` without libFuzzer: every file through `FuzzHarness`, with each
/// violation printed under the file's name.
enum Replay {
    /// The number of violations found.
    static func run(paths: [String]) -> Int {
        var inputs = 0
        var violations = 0
        for path in paths {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("\(file): cannot be read")
                    violations += 1
                    continue
                }
                inputs += 1
                for violation in FuzzHarness.shared.run(Array(data)) {
                    print("\(file): \(violation)")
                    violations += 1
                }
            }
        }
        print("replayed \(inputs) inputs: \(violations) violations")
        return violations
    }

    private static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
            isFolder.boolValue
        else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(path)/\($0)" }
    }
}
