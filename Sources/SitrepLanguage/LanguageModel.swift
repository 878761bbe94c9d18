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
///
/// Laid out for cache-friendly lookups: one 8-byte slot per feature in an open-addressing table, holding a
/// 32-bit fingerprint and either up to two entries inline (bit 31 clear) or, with bit 31 set, a 24-bit start and
/// 7-bit count into `entries`. An entry is 15 bits: 6-bit language, 9-bit gain in 1/32 nat (0 = no entry).
/// Immutable after init; the buffers are owned by the instance and freed with it.
final class LanguageModel: @unchecked Sendable {
    let codes: [String]
    let maxN: Int
    /// floors[lang * (maxN + 1) + order]; order 0 = words.
    let floors: [Double]
    let slots: UnsafeMutableBufferPointer<UInt64>
    let entries: UnsafeMutableBufferPointer<UInt16>
    /// 64 − log2(slot count): the slot of a key is the top bits of its Fibonacci-mixed hash.
    let slotShift: UInt64
    /// Script of each language (the script of most of its single-letter features).
    let scripts: [Script]
    /// Gains are stored in units of 1/32 nat.
    static let gainScale: Float = 1.0 / 32
    static let gainBits: UInt16 = 9
    static let gainMask: UInt16 = 0x1FF
    static let indirect: UInt64 = 1 << 31

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
        guard nLangs > 0, nLangs <= 64, maxN > 0, maxN < 8 else { throw r.fail("bad header") }
        var codes: [String] = []
        for _ in 0..<nLangs { codes.append(String(decoding: try r.bytes(Int(try r.u8())), as: UTF8.self)) }
        self.codes = codes
        var floors: [Double] = []
        for _ in 0..<(nLangs * (maxN + 1)) { floors.append(Double(Float(bitPattern: try r.u32()))) }
        self.floors = floors
        let nKeys = Int(try r.u32())
        var keys = [UInt64](repeating: 0, count: nKeys)
        for k in 0..<nKeys { keys[k] = try r.u64() }
        var starts = [Int](repeating: 0, count: nKeys + 1)
        for k in 0...nKeys { starts[k] = Int(try r.u32()) }
        let nEntries = starts[nKeys]
        let langs = try r.bytes(nEntries)
        guard langs.allSatisfy({ Int($0) < nLangs }) else { throw r.fail("language index out of range") }
        var packed = [UInt16](repeating: 0, count: nEntries)
        for k in 0..<nEntries {
            let gain = min(Int(LanguageModel.gainMask), (Int(try r.u16()) * 32 + 500) / 1000)
            packed[k] = gain == 0 ? 0 : UInt16(langs[k]) << LanguageModel.gainBits | UInt16(gain)
        }
        var capacity = 2, bits = 1
        while capacity * 4 < nKeys * 7 { capacity <<= 1; bits += 1 }  // load factor at most 4/7
        slotShift = UInt64(64 - bits)
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0)
        var outside: [UInt16] = []
        for (row, key) in keys.enumerated() {
            guard starts[row + 1] >= starts[row], starts[row + 1] <= nEntries else { throw r.fail("bad row \(row)") }
            let row = packed[starts[row]..<starts[row + 1]].filter { $0 != 0 }
            guard !row.isEmpty else { continue }
            guard row.count < 128 else { throw r.fail("row too long") }
            var low: UInt64
            if row.count <= 2 {
                low = UInt64(row[row.startIndex]) | (row.count == 2 ? UInt64(row[row.startIndex + 1]) << 16 : 0)
            } else {
                low = LanguageModel.indirect | UInt64(row.count) << 24 | UInt64(outside.count)
                outside.append(contentsOf: row)
            }
            var s = LanguageModel.slot(key, shift: slotShift)
            while slots[s] != 0 { s = (s + 1) & (capacity - 1) }
            slots[s] = UInt64(LanguageModel.fingerprint(key)) << 32 | low
        }
        guard outside.count < 1 << 24 else { throw r.fail("too many entries") }
        entries = .allocate(capacity: max(1, outside.count))
        _ = entries.initialize(from: outside)
        scripts = LanguageModel.languageScripts(codes: codes, keys: keys, starts: starts, langs: langs)
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
    }

    /// The script of each language: the script that most of its single-letter features belong to.
    private static func languageScripts(codes: [String], keys: [UInt64], starts: [Int], langs: [UInt8]) -> [Script] {
        var weight = [[Int]](repeating: [Int](repeating: 0, count: Script.allCases.count), count: codes.count)
        var lookup: [UInt64: Int] = [:]
        for (row, key) in keys.enumerated() { lookup[key] = row }
        var buf: [UInt8] = []
        for v in 0x41..<0xD800 where Script.of(UInt32(v)) != .other { probe(UInt32(v)) }
        func probe(_ v: UInt32) {
            guard let s = Unicode.Scalar(v), CharTable.flags[Int(v)] & CharTable.letter != 0 else { return }
            let script = Script.of(v)
            guard script != .other else { return }
            buf.removeAll(keepingCapacity: true)
            CharTable.encode(s.value, into: &buf)
            guard let row = lookup[FNV.hash(buf)] else { return }
            for e in starts[row]..<starts[row + 1] { weight[Int(langs[e])][Int(script.rawValue)] += 1 }
        }
        return weight.map { w in Script(rawValue: UInt8(w.indices.max { w[$0] < w[$1] } ?? 0)) ?? .other }
    }

    /// FNV-1a spreads short inputs badly over the high bits: mix before taking the slot.
    @inline(__always)
    static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Nonzero 32-bit check value of a key (slot 0 means empty).
    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key) | 1 }

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
