import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// Finds a page's character encoding (BOM, `<meta charset>`, `http-equiv`, byte sniffing) and converts it to UTF-8.
enum CharacterDecoding {
    /// The page as UTF-8 bytes plus the name of the encoding it was read in.
    static func utf8Bytes(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (repairedUTF8(Array(bytes.dropFirst(3))), "utf-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return (convert(Array(bytes.dropFirst(2)), .utf16LittleEndian) ?? [], "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return (convert(Array(bytes.dropFirst(2)), .utf16BigEndian) ?? [], "utf-16be") }
        if let utf16 = sniffUTF16(bytes) { return (convert(bytes, utf16) ?? [], utf16 == .utf16LittleEndian ? "utf-16le" : "utf-16be") }
        // Valid multi-byte UTF-8 is almost never legacy text by accident: trust the bytes over a wrong declaration
        // (so the declaration is read only when the bytes are not UTF-8).
        if isValidUTF8(bytes) { return (bytes, "utf-8") }
        let declared = declaredCharset(bytes)
        if let declared, declared != "utf-8", let encoding = encoding(named: declared), let out = convert(bytes, encoding) {
            return (out, declared)
        }
        if declared == nil || declared == "utf-8" {
            // Mostly UTF-8 with a few broken sequences: repair rather than reinterpret.
            if mostlyUTF8(bytes) { return (repairedUTF8(bytes), "utf-8") }
            // A page inside a wrapper (archives, frames) declares UTF-8 first and its own charset after.
            for label in declaredCharsets(bytes).dropFirst() where label != "utf-8" {
                if let encoding = encoding(named: label), let out = convert(bytes, encoding) { return (out, label) }
            }
            if looksCyrillic(bytes), let out = convert(bytes, .windowsCP1251) { return (out, "windows-1251") }
        }
        return (convert(bytes, .windowsCP1252) ?? repairedUTF8(bytes), "windows-1252")
    }

    /// The charset named by `<meta charset>` or an `http-equiv` content type in the first 4 KB, lowercased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? { declaredCharsets(bytes, limit: 1, within: 4096).first }

    /// Every charset declared in the first `within` bytes, in order, at most `limit`.
    static func declaredCharsets(_ bytes: [UInt8], limit: Int = 4, within: Int = 16384) -> [String] {
        var found: [String] = []
        let head = bytes.prefix(within).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        let word = Array("charset".utf8)
        var i = 0
        while i + word.count < head.count {
            guard head[i] == word[0], Array(head[i..<(i + word.count)]) == word else { i += 1; continue }
            var j = i + word.count
            while j < head.count && head[j] == 0x20 { j += 1 }
            i = j
            guard j < head.count, head[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < head.count && (head[j] == 0x20 || head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "'")) { j += 1 }
            let start = j
            while j < head.count, isLabelByte(head[j]) { j += 1 }
            if j > start {
                found.append(canonicalName(String(decoding: head[start..<j], as: UTF8.self)))
                if found.count >= limit { return found }
            }
        }
        return found
    }

    private static func isLabelByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
            || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
    }

    /// WHATWG-style label normalisation (latin1 and ascii mean windows-1252).
    static func canonicalName(_ label: String) -> String {
        switch label {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252", "iso_8859-1": return "windows-1252"
        case "cp1251", "x-cp1251", "win-1251": return "windows-1251"
        case "cp1250", "x-cp1250": return "windows-1250"
        case "koi8", "koi8r", "cskoi8r": return "koi8-r"
        case "latin2", "iso8859-2": return "iso-8859-2"
        case "gb2312", "gbk", "x-gbk", "gb18030": return "gb18030"
        case "sjis", "x-sjis", "shift-jis", "ms_kanji", "windows-31j": return "shift_jis"
        default: return label
        }
    }

    /// The Foundation encoding for a canonical charset name, if supported.
    static func encoding(named name: String) -> String.Encoding? {
        switch name {
        case "windows-1252": return .windowsCP1252
        case "windows-1251": return .windowsCP1251
        case "windows-1250": return .windowsCP1250
        case "windows-1253": return .windowsCP1253
        case "windows-1254": return .windowsCP1254
        case "iso-8859-2": return .isoLatin2
        case "utf-16", "utf-16le": return .utf16LittleEndian
        case "utf-16be": return .utf16BigEndian
        case "euc-jp": return .japaneseEUC
        case "shift_jis": return .shiftJIS
        default: break
        }
        let cf: CFStringEncodings
        switch name {
        case "koi8-r": cf = .KOI8_R
        case "koi8-u": cf = .KOI8_U
        case "iso-8859-3": cf = .isoLatin3
        case "iso-8859-4": cf = .isoLatin4
        case "iso-8859-5": cf = .isoLatinCyrillic
        case "iso-8859-6": cf = .isoLatinArabic
        case "iso-8859-7": cf = .isoLatinGreek
        case "iso-8859-8", "iso-8859-8-i": cf = .isoLatinHebrew
        case "iso-8859-9": cf = .isoLatin5
        case "iso-8859-10": cf = .isoLatin6
        case "iso-8859-13": cf = .isoLatin7
        case "iso-8859-14": cf = .isoLatin8
        case "iso-8859-15": cf = .isoLatin9
        case "iso-8859-16": cf = .isoLatin10
        case "windows-1255": cf = .windowsHebrew
        case "windows-1256": cf = .windowsArabic
        case "windows-1257": cf = .windowsBalticRim
        case "windows-1258": cf = .windowsVietnamese
        case "gb18030": cf = .GB_18030_2000
        case "big5": cf = .big5
        case "euc-kr": cf = .EUC_KR
        default: return nil
        }
        return String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(cf.rawValue)))
    }

    static func convert(_ bytes: [UInt8], _ encoding: String.Encoding) -> [UInt8]? {
        if encoding == .windowsCP1252 { return fromWindows1252(bytes) }
        guard let string = String(data: Data(bytes), encoding: encoding) else { return nil }
        return Array(string.utf8)
    }

    /// Windows-1252 (and ISO-8859-1, its subset in practice) to UTF-8, on bytes.
    static func fromWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar: UInt32 = b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b)
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6))); out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12))); out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }

    /// Code points of windows-1252 bytes 0x80–0x9F (undefined bytes map to the C1 control of the same value).
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// UTF-16 without a BOM: many NULs at alternating positions in the first bytes.
    static func sniffUTF16(_ bytes: [UInt8]) -> String.Encoding? {
        let n = min(bytes.count, 512) & ~1
        guard n >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: n, by: 2) {
            if bytes[i] == 0 { evenZero += 1 }
            if bytes[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = n / 2
        if oddZero * 10 > pairs * 6 && evenZero * 10 < pairs { return .utf16LittleEndian }
        if evenZero * 10 > pairs * 6 && oddZero * 10 < pairs { return .utf16BigEndian }
        return nil
    }

    /// Strict UTF-8 validation over the bytes.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in invalidUTF8Count(buf, stopAfter: 1) == 0 }
    }

    /// At most one invalid sequence per 2,000 bytes.
    static func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            let limit = max(1, buf.count / 2000)
            return invalidUTF8Count(buf, stopAfter: limit + 1) <= limit
        }
    }

    /// Counts invalid UTF-8 sequences, stopping early once `stopAfter` are found.
    static func invalidUTF8Count(_ buf: UnsafeBufferPointer<UInt8>, stopAfter: Int) -> Int {
        var i = 0, bad = 0
        let n = buf.count
        let raw = UnsafeRawBufferPointer(buf)
        while i < n {
            // ASCII runs eight bytes at a time.
            while i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let b = buf[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            if b & 0xE0 == 0xC0 && b >= 0xC2 { need = 1 } else if b & 0xF0 == 0xE0 { need = 2 } else if b & 0xF8 == 0xF0 && b <= 0xF4 { need = 3 }
            var ok = need > 0 && i + need < n
            if ok {
                for k in 1...need where i + k >= n || buf[i + k] & 0xC0 != 0x80 { ok = false; break }
            }
            if ok { i += need + 1 } else {
                bad += 1
                if bad >= stopAfter { return bad }
                i += 1
            }
        }
        return bad
    }

    /// Replaces invalid sequences with U+FFFD.
    static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        if isValidUTF8(bytes) { return bytes }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Over a tenth of the bytes in the windows-1251 Cyrillic letter range (0xC0–0xFF), few in 0x80–0xBF.
    static func looksCyrillic(_ bytes: [UInt8]) -> Bool {
        var letters = 0, other = 0
        let sample = bytes.prefix(65536)
        for b in sample where b >= 0x80 {
            if b >= 0xC0 { letters += 1 } else { other += 1 }
        }
        return letters > 100 && letters * 10 > sample.count && letters > other * 4
    }
}
