// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "ControlMap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "controlmap", targets: ["controlmap"]),
        .library(name: "ControlMapCore", targets: ["ControlMapCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // Pure domain: text, gazetteer, extraction, control state, GeoJSON. No I/O.
        .target(name: "ControlMapCore", swiftSettings: strict),
        // SQLite persistence of documents, events and derived place states.
        .target(
            name: "ControlMapStore",
            dependencies: [
                "ControlMapCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        // libcurl (libcurl4-openssl-dev) with typed wrappers for its variadic calls.
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // The edges: configuration, document readers, pipeline, publishing, inbox.
        .target(
            name: "ControlMapService",
            dependencies: [
                "ControlMapCore",
                "ControlMapStore",
                "CCurl",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "controlmap",
            dependencies: [
                "ControlMapService",
                "ControlMapStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // libFuzzer harness over the whole document path (`make fuzz`); a corpus replayer otherwise.
        .executableTarget(
            name: "ControlMapFuzz",
            dependencies: ["ControlMapCore"],
            path: "Fuzz",
            swiftSettings: strict + [.unsafeFlags(["-parse-as-library"])]),
        .testTarget(name: "ControlMapCoreTests", dependencies: ["ControlMapCore"], swiftSettings: strict),
        .testTarget(name: "ControlMapStoreTests", dependencies: ["ControlMapStore", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strict),
        .testTarget(
            name: "ControlMapServiceTests",
            dependencies: [
                "ControlMapService",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: ["ControlMapCore"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
