// swift-tools-version:6.0
import PackageDescription

/// Zero compiler warnings is a CI rule: `make test` sets DEBRIEF_STRICT=1, which builds our own
/// targets (never a dependency's, whose warnings are not ours to fix) with warnings as errors.
/// Left off otherwise, so a warning mid-edit does not stop a local build.
let strict = Context.environment["DEBRIEF_STRICT"] == "1"
let ourSwiftSettings: [SwiftSetting] = strict ? [.unsafeFlags(["-warnings-as-errors"])] : []

let package = Package(
    name: "Debrief",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DebriefKit", targets: ["DebriefKit"]),
        .executable(name: "debrief", targets: ["debrief"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Debian's libcmark-gfm-dev ships libcmark-gfm.pc; the extensions library has no .pc
        // file, so the module map links it by name.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "DebriefKit",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: ourSwiftSettings
        ),
        .executableTarget(
            name: "debrief",
            dependencies: [
                "DebriefKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: ourSwiftSettings
        ),
        .executableTarget(
            name: "debrief-bench",
            dependencies: ["DebriefKit"],
            swiftSettings: ourSwiftSettings
        ),
        // What every report must satisfy whatever the note: shared by the fuzzer and the tests.
        .target(
            name: "OutputInvariants",
            dependencies: ["DebriefKit", "CCmarkGFM"],
            swiftSettings: ourSwiftSettings
        ),
        // libFuzzer's entry point, declared for the fuzz build; nothing to link otherwise.
        .systemLibrary(name: "CLibFuzzer"),
        // `make fuzz` builds this with -sanitize=fuzzer; a plain build replays inputs instead.
        .executableTarget(
            name: "debrief-fuzz",
            dependencies: ["DebriefKit", "OutputInvariants", "CLibFuzzer"],
            exclude: ["Corpus", "markdown.dict"],
            swiftSettings: ourSwiftSettings
        ),
        .testTarget(
            name: "DebriefKitTests",
            dependencies: [
                "DebriefKit",
                "OutputInvariants",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Snapshots", "Fixtures"],
            swiftSettings: ourSwiftSettings
        ),
        .testTarget(
            name: "debriefTests",
            dependencies: ["DebriefKit"],
            exclude: ["Cases"],
            swiftSettings: ourSwiftSettings
        ),
    ]
)
