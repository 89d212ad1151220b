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
        // The edges: configuration, document readers, pipeline, publishing, inbox.
        .target(
            name: "ControlMapService",
            dependencies: [
                "ControlMapCore",
                "ControlMapStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "controlmap",
            dependencies: [
                "ControlMapService",
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
        .testTarget(name: "ControlMapStoreTests", dependencies: ["ControlMapStore"], swiftSettings: strict),
        .testTarget(name: "ControlMapServiceTests", dependencies: ["ControlMapService"], swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: ["ControlMapCore"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
