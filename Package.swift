// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Hexaglot",
    products: [
        .executable(name: "hexaglot", targets: ["hexaglot"]),
        .library(name: "HexaglotCore", targets: ["HexaglotCore"]),
        .library(name: "HexaglotText", targets: ["HexaglotText"]),
        .library(name: "HexaglotFormats", targets: ["HexaglotFormats"]),
        .library(name: "HexaglotStore", targets: ["HexaglotStore"]),
        .library(name: "HexaglotMemory", targets: ["HexaglotMemory"]),
        .library(name: "HexaglotQA", targets: ["HexaglotQA"]),
        .library(name: "HexaglotWorkflow", targets: ["HexaglotWorkflow"]),
        .library(name: "HexaglotServer", targets: ["HexaglotServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // ICU shim: plain C types only in its public header; <unicode/*.h> stays in the .c file.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // libxml2 shim: the one XML parser, behind plain C types; <libxml/*.h> stays in the .c file.
        .target(
            name: "CXML",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        // Snowball stemmers (libstemmer-dev), for term recognition; seen only by HexaglotText.
        .systemLibrary(name: "CStemmer", path: "Sources/CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .target(name: "HexaglotCore"),
        .target(
            name: "HexaglotText",
            dependencies: ["HexaglotCore", "CICU", "CXML", "CStemmer"],
            resources: [.copy("Rules")]
        ),
        .target(
            name: "HexaglotFormats",
            dependencies: [
                "HexaglotCore", "HexaglotText", .product(name: "Yams", package: "Yams"),
                // Word documents (.docx) are ZIP packages.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "HexaglotStore",
            dependencies: [
                "HexaglotCore", "HexaglotText",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the translation memory's hot loops (bulk insert, posting reads).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // bcrypt for people's passwords; SHA-256 and secure random bytes for session tokens.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                // The PostgreSQL backend of a team workspace (`--workspace postgresql://…`).
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The translation memory: scoring, lookup, placeables, analysis; persisted through HexaglotStore.
        .target(
            name: "HexaglotMemory",
            dependencies: ["HexaglotCore", "HexaglotText", "HexaglotStore"]
        ),
        // Quality checks on translated segments: one file per check, listed in QARegistry.
        .target(name: "HexaglotQA", dependencies: ["HexaglotCore", "HexaglotText"]),
        // The workflow the command line and the server share: import, export, XLIFF, checks,
        // pretranslation, review, coverage. Everything but parsing arguments and printing.
        .target(
            name: "HexaglotWorkflow",
            dependencies: ["HexaglotCore", "HexaglotText", "HexaglotFormats", "HexaglotStore", "HexaglotMemory", "HexaglotQA"]
        ),
        // The web workspace behind `hexaglot serve`: routes, sessions, authorisation and rendering over the libraries.
        .target(
            name: "HexaglotServer",
            dependencies: [
                "HexaglotCore", "HexaglotText", "HexaglotFormats", "HexaglotStore", "HexaglotMemory", "HexaglotQA",
                "HexaglotWorkflow",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                // The thread pool that blocking workspace calls and bcrypt run on, off the event loops.
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "hexaglot",
            dependencies: [
                "HexaglotCore", "HexaglotText", "HexaglotFormats", "HexaglotStore", "HexaglotMemory", "HexaglotQA",
                "HexaglotWorkflow",
                "HexaglotServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A throwaway PostgreSQL database per test, for the test targets that run on both backends.
        .target(name: "HexaglotTestSupport", dependencies: ["HexaglotStore"], path: "Tests/Support/HexaglotTestSupport"),
        .testTarget(name: "HexaglotCoreTests", dependencies: ["HexaglotCore"]),
        .testTarget(name: "HexaglotTextTests", dependencies: ["HexaglotText"]),
        .testTarget(name: "HexaglotFormatsTests", dependencies: ["HexaglotFormats"], exclude: ["Schemas", "Conformance/commonmark-texts.json"], resources: [.copy("Golden")]),
        .testTarget(
            name: "HexaglotStoreTests",
            dependencies: ["HexaglotStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "HexaglotQATests", dependencies: ["HexaglotQA"]),
        .testTarget(name: "HexaglotMemoryTests", dependencies: ["HexaglotMemory", "HexaglotStore", "HexaglotTestSupport"]),
        .testTarget(
            name: "HexaglotWorkflowTests",
            dependencies: ["HexaglotWorkflow", "HexaglotStore", "HexaglotFormats", "HexaglotTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "HexaglotServerTests",
            dependencies: [
                "HexaglotServer", "HexaglotWorkflow", "HexaglotStore", "HexaglotCore", "HexaglotTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "hexaglotTests", dependencies: ["hexaglot", "HexaglotCore", "HexaglotTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
