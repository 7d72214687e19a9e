// swift-tools-version:6.0
// The libFuzzer target over Vraagbaak's analysis chain, query building, answering and file parsing.
// Not part of the main package: `scripts/fuzz.sh` builds it with `-sanitize=fuzzer,address`.
import Foundation
import PackageDescription

// A path dependency is known by its folder's name.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "VraagbaakFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "VraagbaakFuzz",
            dependencies: [.product(name: "VraagbaakKit", package: root.lastPathComponent)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
