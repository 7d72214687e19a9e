// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Vraagbaak",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vraagbaak", targets: ["vraagbaak"]),
        .library(name: "VraagbaakKit", targets: ["VraagbaakKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .target(
            name: "VraagbaakKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "VraagbaakREPL",
            dependencies: ["VraagbaakKit"],
            path: "REPL"
        ),
        .executableTarget(
            name: "vraagbaak",
            dependencies: [
                "VraagbaakKit",
                "VraagbaakREPL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "VraagbaakKitTests",
            dependencies: ["VraagbaakKit", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VraagbaakCLITests",
            dependencies: ["vraagbaak"]
        ),
        .testTarget(
            name: "VraagbaakREPLTests",
            dependencies: ["VraagbaakREPL", "VraagbaakKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
