// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "recall",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "recall", targets: ["recall"]),
        .library(name: "RecallCore", targets: ["RecallCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "RecallCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "RecallStore",
            dependencies: [
                "RecallCore", "CZstd",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .systemLibrary(
            name: "CZstd",
            pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // The client of Anki's sync server: the only target that talks to a network.
        .target(name: "RecallSync", dependencies: ["RecallCore", "RecallStore"]),
        .target(
            name: "RecallCLI",
            dependencies: [
                "RecallCore", "RecallStore", "RecallSync", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "recall", dependencies: ["RecallCLI"]),
        .target(name: "RecallTestSupport", dependencies: ["RecallCore"]),
        .executableTarget(
            name: "RecallBenchmarks",
            dependencies: ["RecallCore", "RecallStore", "RecallCLI", "RecallTestSupport"],
            path: "Benchmarks/RecallBenchmarks"
        ),
        // Fuzz harnesses: a normal build replays the corpus folders given as arguments; built by
        // tools/fuzz with -sanitize=fuzzer,address -DFUZZING they are libFuzzer targets.
        .target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"], path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzDeck", dependencies: ["FuzzSupport", "RecallCore"], path: "Fuzz/FuzzDeck"),
        .executableTarget(name: "FuzzNotes", dependencies: ["FuzzSupport", "RecallCore"], path: "Fuzz/FuzzNotes"),
        .executableTarget(
            name: "FuzzAnkiPackage", dependencies: ["FuzzSupport", "RecallStore"], path: "Fuzz/FuzzAnkiPackage"),
        .executableTarget(
            name: "FuzzAnkiCollection",
            dependencies: ["FuzzSupport", "RecallStore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Fuzz/FuzzAnkiCollection"),
        .executableTarget(name: "FuzzArticle", dependencies: ["FuzzSupport", "RecallCore"], path: "Fuzz/FuzzArticle"),
        .executableTarget(name: "FuzzAnswer", dependencies: ["FuzzSupport", "RecallCore"], path: "Fuzz/FuzzAnswer"),
        .testTarget(
            name: "RecallCoreTests",
            dependencies: [
                "RecallCore", "RecallTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RecallStoreTests",
            dependencies: [
                "RecallStore", "RecallCore", "RecallTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RecallSyncTests",
            dependencies: ["RecallSync", "RecallStore", "RecallCore", "RecallTestSupport"]
        ),
        .testTarget(
            name: "RecallCLITests",
            dependencies: ["RecallCLI", "RecallStore", "RecallSync", "RecallCore", "RecallTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
