import Foundation
import SitrepModel

typealias CalendarDayArg = CalendarDay

/// Standard output, buffered for speed on large outputs.
final class OutputStream: @unchecked Sendable {
    static let standard = OutputStream()
    private var buffer: [UInt8] = []
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 16 { flush() }
    }
    func line(_ s: String) { write(s); write("\n") }
    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// True when standard error is a terminal (progress is shown only then).
var stderrIsTerminal: Bool { isatty(2) != 0 }

/// Where ../shared is, for eval and bench defaults.
func sharedDirectory() -> String? {
    let candidates = [ProcessInfo.processInfo.environment["SITREP_SHARED"], "../shared"].compactMap { $0 }
    return candidates.first { FileManager.default.fileExists(atPath: $0) }
}

/// A failure to report in one line ("Error: …" on stderr, exit code 1), without the usage text.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
