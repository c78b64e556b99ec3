// swift-tools-version:6.1
// Hexaglot's benchmarks: a package of their own, so the main package's `swift build` and
// `swift test` never build them. Build with `swift build -c release --package-path Benchmarks`.
import PackageDescription

let package = Package(
    name: "HexaglotBenchmarks",
    dependencies: [
        .package(name: "Hexaglot", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "hexaglot-bench",
            dependencies: [
                .product(name: "HexaglotCore", package: "Hexaglot"),
                .product(name: "HexaglotText", package: "Hexaglot"),
                .product(name: "HexaglotFormats", package: "Hexaglot"),
                .product(name: "HexaglotStore", package: "Hexaglot"),
                .product(name: "HexaglotMemory", package: "Hexaglot"),
                // `tm import` as the CLI runs it, timed in process beside the lookups (tm-postgres).
                .product(name: "HexaglotWorkflow", package: "Hexaglot"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
