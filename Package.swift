// swift-tools-version:6.0
import PackageDescription

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
            ]
        ),
        .executableTarget(
            name: "debrief",
            dependencies: [
                "DebriefKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "debrief-bench",
            dependencies: ["DebriefKit"]
        ),
        .testTarget(
            name: "DebriefKitTests",
            dependencies: ["DebriefKit"],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "debriefTests",
            dependencies: ["DebriefKit"],
            exclude: ["Cases"]
        ),
    ]
)
