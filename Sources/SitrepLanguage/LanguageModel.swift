import Foundation
import SitrepCompression

/// Why the language identification model could not be read.
public enum LanguageModelError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case malformed(String, reason: String)

    public var description: String {
        switch self {
        case .missing(let name): return "\(name): language model resource not found"
        case .malformed(let name, let reason): return "\(name): malformed language model (\(reason))"
        }
    }
}

/// The naive Bayes tables of `langid.bin.gz` (built by scripts/derive_language.py): per language and order a
/// floor log-probability for unseen features, and for each known feature (FNV-1a 64 of its UTF-8 bytes) the
/// languages that saw it with the log-probability gained over their floor.
final class LanguageModel: Sendable {
    let codes: [String]
    let maxN: Int
    /// floors[lang * (maxN + 1) + order]; order 0 = words.
    let floors: [Double]
    /// Open-addressing table: slot → key (0 = empty) and row index.
    let slotKeys: [UInt64]
    let slotRows: [Int32]
    let rowStarts: [Int32]
    let entryLangs: [UInt8]
    let entryDeltas: [Float]
    /// Script of each language (most frequent script in its bigram rows).
    let scripts: [Script]

    static let resourceName = "langid.bin.gz"

    /// The bundled model, loaded once.
    static let bundled: Result<LanguageModel, LanguageModelError> = {
        guard let url = Bundle.module.url(forResource: "langid.bin", withExtension: "gz", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { return .failure(.missing(resourceName)) }
        do {
            let bytes = try Gzip.decompress([UInt8](data))
            return .success(try LanguageModel(bytes: bytes, name: resourceName))
        } catch let e as LanguageModelError {
            return .failure(e)
        } catch {
            return .failure(.malformed(resourceName, reason: "\(error)"))
        }
    }()

    init(bytes: [UInt8], name: String) throws {
        var r = ByteReader(bytes: bytes, name: name)
        guard try r.bytes(4) == Array("SLID".utf8), try r.u32() == 1 else { throw r.fail("bad magic or version") }
        let nLangs = Int(try r.u32())
        maxN = Int(try r.u32())
        guard nLangs > 0, nLangs < 256, maxN > 0, maxN < 8 else { throw r.fail("bad header") }
        var codes: [String] = []
        for _ in 0..<nLangs { codes.append(String(decoding: try r.bytes(Int(try r.u8())), as: UTF8.self)) }
        self.codes = codes
        var floors: [Double] = []
        for _ in 0..<(nLangs * (maxN + 1)) { floors.append(Double(Float(bitPattern: try r.u32()))) }
        self.floors = floors
        let nKeys = Int(try r.u32())
        var keys = [UInt64](repeating: 0, count: nKeys)
        for k in 0..<nKeys { keys[k] = try r.u64() }
        var starts = [Int32](repeating: 0, count: nKeys + 1)
        for k in 0...nKeys { starts[k] = Int32(try r.u32()) }
        let nEntries = Int(starts[nKeys])
        entryLangs = try r.bytes(nEntries)
        var deltas = [Float](repeating: 0, count: nEntries)
        for k in 0..<nEntries { deltas[k] = Float(try r.u16()) / 1000 }
        entryDeltas = deltas
        rowStarts = starts
        guard entryLangs.allSatisfy({ Int($0) < nLangs }) else { throw r.fail("language index out of range") }
        var capacity = 1
        while capacity < nKeys * 2 { capacity <<= 1 }
        var slotKeys = [UInt64](repeating: 0, count: capacity)
        var slotRows = [Int32](repeating: -1, count: capacity)
        for (row, key) in keys.enumerated() where key != 0 {
            var s = Int(truncatingIfNeeded: key >> 17) & (capacity - 1)
            while slotRows[s] >= 0 { s = (s + 1) & (capacity - 1) }
            slotKeys[s] = key
            slotRows[s] = Int32(row)
        }
        self.slotKeys = slotKeys
        self.slotRows = slotRows
        scripts = LanguageModel.languageScripts(codes: codes, keys: keys, starts: starts, langs: entryLangs)
    }

    /// The script of each language: the script of its single-letter features, weighted by their gain.
    private static func languageScripts(codes: [String], keys: [UInt64], starts: [Int32], langs: [UInt8]) -> [Script] {
        var weight = [[Script: Int]](repeating: [:], count: codes.count)
        var lookup: [UInt64: Int] = [:]
        for (row, key) in keys.enumerated() { lookup[key] = row }
        // Probe every BMP letter as a unigram feature.
        var buf: [UInt8] = []
        for v in 0x41..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)), CharTable.flags[v] & CharTable.letter != 0 else { continue }
            let script = Script.of(UInt32(v))
            guard script != .other else { continue }
            buf.removeAll(keepingCapacity: true)
            CharTable.encode(s.value, into: &buf)
            guard let row = lookup[FNV.hash(buf)] else { continue }
            for e in Int(starts[row])..<Int(starts[row + 1]) { weight[Int(langs[e])][script, default: 0] += 1 }
        }
        return weight.map { w in w.max { $0.value < $1.value }?.key ?? .other }
    }

    /// Row index of a feature hash, or -1.
    @inline(__always)
    func row(of key: UInt64) -> Int {
        let mask = slotKeys.count - 1
        var s = Int(truncatingIfNeeded: key >> 17) & mask
        while true {
            let r = slotRows[s]
            if r < 0 { return -1 }
            if slotKeys[s] == key { return Int(r) }
            s = (s + 1) & mask
        }
    }
}

/// FNV-1a 64-bit, the feature hash shared with scripts/derive_language.py.
enum FNV {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }
}

/// Little-endian reader with typed errors naming the resource.
struct ByteReader {
    let bytes: [UInt8]
    let name: String
    var pos = 0

    init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }

    func fail(_ reason: String) -> LanguageModelError { .malformed(name, reason: "\(reason) at byte \(pos)") }

    mutating func bytes(_ n: Int) throws -> [UInt8] {
        guard n >= 0, pos + n <= bytes.count else { throw fail("truncated") }
        defer { pos += n }
        return Array(bytes[pos..<(pos + n)])
    }

    mutating func u8() throws -> UInt8 { try bytes(1)[0] }
    mutating func u16() throws -> UInt16 {
        guard pos + 2 <= bytes.count else { throw fail("truncated") }
        defer { pos += 2 }
        return UInt16(bytes[pos]) | UInt16(bytes[pos + 1]) << 8
    }
    mutating func u32() throws -> UInt32 {
        guard pos + 4 <= bytes.count else { throw fail("truncated") }
        defer { pos += 4 }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[pos + k]) << (8 * k) }
        return v
    }
    mutating func u64() throws -> UInt64 {
        guard pos + 8 <= bytes.count else { throw fail("truncated") }
        defer { pos += 8 }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[pos + k]) << (8 * k) }
        return v
    }
}
