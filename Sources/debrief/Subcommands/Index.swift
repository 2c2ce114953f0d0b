import ArgumentParser
import DebriefKit

/// `debrief index OUTDIR`: merges the manifests shards wrote into the folder's one manifest
/// and writes `index.html` and `index.json` from it, so N machines that each converted one
/// share (`--shard K/N`) end with the same folder one machine would have made.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild an output folder's index from its manifests (after sharded runs).",
        discussion: """
            Exit status: 0 when the index was written, 1 when the folder has no readable \
            manifest or the index could not be written.
            """)

    @Argument(help: "The --output folder of debrief render.")
    var folder: String

    func run() throws {
        let printer = DiagnosticPrinter()
        let names = BatchRun.manifestNames(in: folder)
        guard !names.isEmpty else {
            printer.printError("has no manifest; run debrief render with --output first",
                               path: folder, location: nil)
            throw ExitCode(1)
        }
        var manifest = BatchManifest()
        for name in names {
            let path = Folder.join(folder, name)
            let (loaded, problem) = BatchManifest.load(path: path)
            if let problem {
                printer.printError(problem, path: path, location: nil)
                throw ExitCode(1)
            }
            manifest.merge(loaded)
        }
        guard BatchRun.saveIndex(&manifest, in: folder, shard: nil, printer: printer) else {
            throw ExitCode(1)
        }
    }
}
