// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyCore", targets: ["ParleyCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The model library: loading, cleaning, knowledge base, analysis, matrix, search, cache.
        // It never imports curses.
        .target(
            name: "ParleyCore",
            dependencies: [
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            resources: [
                .copy("Resources/Knowledge"),
                .copy("Resources/Cleaning"),
                .copy("Resources/Samples"),
            ]
        ),
        // The front end's state, reducer, layout, widgets, Canvas and themes. Never curses.
        .target(
            name: "ParleyTUI",
            dependencies: [
                "ParleyCore",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // ncursesw through pkg-config; the shim header restores the wide-char API.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The one place that talks to ncurses.
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "ParleyTUI"]),
        // The command line and the browser's main loop.
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyCore", "ParleyTUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Corpus generator and benchmarks (see docs/PERFORMANCE.md).
        .executableTarget(name: "ParleyBench", dependencies: ["ParleyCore", "ParleyTUI"], path: "Benchmarks"),
        .testTarget(name: "ParleyCoreTests", dependencies: ["ParleyCore"], exclude: ["Fixtures"]),
        .testTarget(name: "ParleyTUITests", dependencies: ["ParleyTUI", "ParleyCore"], exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["parley"]),
    ]
)
