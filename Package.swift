// swift-tools-version:6.0
import PackageDescription

// One target per pipeline stage (see DESIGN.md). Data flows one way:
// Ingest → Extract → Language → Knowledge → Time → Coding → Store → Analysis.
let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
        .library(name: "SitrepPipeline", targets: ["SitrepPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "SitrepModel", resources: [.copy("Resources")]),
        .target(name: "SitrepCompression", dependencies: ["CZlib"]),
        .target(name: "SitrepIngest", dependencies: ["SitrepModel", "SitrepCompression"]),
        .target(name: "SitrepExtract", dependencies: ["SitrepModel", "SitrepCompression"], resources: [.copy("Resources")]),
        .target(name: "SitrepLanguage", dependencies: ["SitrepModel", "SitrepCompression"], resources: [.copy("Resources")]),
        .target(name: "SitrepKnowledge", dependencies: ["SitrepModel", "SitrepLanguage", "SitrepCompression"], resources: [.copy("Resources")]),
        .target(name: "SitrepTime", dependencies: ["SitrepModel", "SitrepLanguage"], resources: [.copy("Resources")]),
        .target(name: "SitrepCoding", dependencies: ["SitrepModel", "SitrepLanguage", "SitrepKnowledge", "SitrepTime"], resources: [.copy("Resources")]),
        .target(name: "SitrepStore", dependencies: ["SitrepModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "SitrepAnalysis", dependencies: ["SitrepModel", "SitrepStore"]),
        .target(name: "SitrepPipeline", dependencies: [
            "SitrepModel", "SitrepIngest", "SitrepExtract", "SitrepLanguage", "SitrepKnowledge",
            "SitrepTime", "SitrepCoding", "SitrepStore", "SitrepAnalysis",
        ]),
        .executableTarget(name: "sitrep", dependencies: [
            "SitrepPipeline", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "SitrepModelTests", dependencies: ["SitrepModel"]),
        .testTarget(name: "SitrepIngestTests", dependencies: ["SitrepIngest"]),
        .testTarget(name: "SitrepExtractTests", dependencies: ["SitrepExtract", "SitrepCompression"]),
        .testTarget(name: "SitrepLanguageTests", dependencies: ["SitrepLanguage"]),
        .testTarget(name: "SitrepKnowledgeTests", dependencies: ["SitrepKnowledge"]),
        .testTarget(name: "SitrepTimeTests", dependencies: ["SitrepTime"]),
        .testTarget(name: "SitrepCodingTests", dependencies: ["SitrepCoding"]),
        .testTarget(name: "SitrepStoreTests", dependencies: ["SitrepStore"]),
        .testTarget(name: "SitrepAnalysisTests", dependencies: ["SitrepAnalysis"]),
        .testTarget(name: "SitrepEndToEndTests", dependencies: ["SitrepPipeline"]),
    ],
    swiftLanguageModes: [.v5]
)
