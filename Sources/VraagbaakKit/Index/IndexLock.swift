import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-writer lock of an index file: an advisory `flock` on `<index>.lock` beside it.
///
///     let lock = try IndexLock(for: indexURL)
///     if let summary = try lock.exclusively(wait: false, { try refresh() }) { … } else { /* another process writes */ }
///
/// Only one Vraagbaak process at a time refreshes or rebuilds an index; the others see that at
/// once (no SQLite busy timeout runs out) and either wait or answer from the index as it is.
/// The kernel drops the lock when its process dies, even by `kill -9`, so a crash never leaves
/// the index locked.
final class IndexLock: Sendable {
    let path: String

    init(for indexURL: URL) {
        path = indexURL.path + ".lock"
    }

    /// Runs `body` holding the lock. Returns nil without running it when another process holds
    /// the lock and `wait` is false.
    func exclusively<T>(wait: Bool, _ body: () throws -> T) throws -> T? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw VraagbaakError.indexNotWritable(path) }
        defer { close(fd) } // closing the descriptor releases the lock
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return nil }
            throw VraagbaakError.indexNotWritable(path)
        }
        return try body()
    }
}
