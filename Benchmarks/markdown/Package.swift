// swift-tools-version:6.1
// The Markdown reader on adversarial input: a package of its own (only HexaglotFormats and what
// it needs), so it builds in release quickly. Run `Benchmarks/markdown/run.sh`.
import PackageDescription

let package = Package(
    name: "MarkdownBenchmark",
    dependencies: [
        .package(name: "Hexaglot", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "markdown-bench",
            dependencies: [
                .product(name: "HexaglotCore", package: "Hexaglot"),
                .product(name: "HexaglotText", package: "Hexaglot"),
                .product(name: "HexaglotFormats", package: "Hexaglot"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
