import Foundation
import SitrepModel

/// Splits text into word, number and punctuation tokens with UTF-8 byte spans, working on UTF-8 bytes.
///
/// Rules: French/Italian elision is its own token ("l’Arménie" → "l'" + "arménie", also before a quote:
/// "qu'”une" → "qu'" + "”" + "une"); English clitics are their own token ("Russia’s" → "russia" + "'s",
/// "don't" → "don" + "'t"); other inner apostrophes stay inside the word ("aujourd’hui", "O’Brien", "п’ять");
/// hyphenated compounds stay one token ("ex-soviétiques"); dotted acronyms stay one token ("U.S.", "z.B.",
/// "EE.UU."); numbers keep inner "." and "," ("1,5", "24.02.2023"); runs of ".", "!", "?" are one token ("...").
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `text`; spans are byte offsets into `text` plus `offset`.
    public func tokenize(_ text: String, offset base: Int = 0) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(utf8: $0, offset: base) }
    }

    /// Tokens of valid UTF-8 bytes; spans are byte offsets into `utf8` plus `offset`.
    public func tokenize(utf8: UnsafeBufferPointer<UInt8>, offset base: Int = 0) -> [Token] {
        CharTable.flags.withUnsafeBufferPointer { flags in
            CharTable.lower.withUnsafeBufferPointer { lower in
                var scanner = TokenScanner(buf: utf8, flags: flags, lower: lower, base: base)
                scanner.run()
                return scanner.tokens
            }
        }
    }
}

/// Elision prefixes (lowercase ASCII) that end in an apostrophe and form their own token.
private let elisionPrefixes: Set<[UInt8]> = Set([
    "l", "d", "qu", "s", "n", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
    "dell", "nell", "dall", "sull", "all", "coll",
].map { Array($0.utf8) })

/// English clitics after an apostrophe that form their own token ("'s", "'t", "'re", "'ve", "'ll", "'d", "'m").
private let clitics: Set<[UInt8]> = Set(["s", "t", "re", "ve", "ll", "d", "m"].map { Array($0.utf8) })

struct TokenScanner {
    let buf: UnsafeBufferPointer<UInt8>
    let flags: UnsafeBufferPointer<UInt8>
    let lower: UnsafeBufferPointer<UInt16>
    let combiningClass: [UInt8] = CharTable.combiningClass
    let base: Int
    var tokens: [Token] = []

    init(buf: UnsafeBufferPointer<UInt8>, flags: UnsafeBufferPointer<UInt8>, lower: UnsafeBufferPointer<UInt16>, base: Int) {
        self.buf = buf
        self.flags = flags
        self.lower = lower
        self.base = base
        tokens.reserveCapacity(buf.count / 5 + 4)
    }

    @inline(__always) func cls(_ v: UInt32) -> UInt8 {
        v < 0x10000 ? flags[Int(v)] : CharTable.computeFlags(Unicode.Scalar(v) ?? " ")
    }

    @inline(__always) func flagsAt(_ i: Int) -> UInt8 {
        let b = buf[i]
        if b < 0x80 { return flags[Int(b)] }
        return cls(CharTable.decode(buf, i).0)
    }

    @inline(__always) func isLetter(at i: Int) -> Bool {
        i < buf.count && flagsAt(i) & (CharTable.letter | CharTable.apostrophe) == CharTable.letter
    }

    mutating func run() {
        let n = buf.count
        var i = 0
        while i < n {
            let (v, len) = CharTable.decode(buf, i)
            let f = cls(v)
            if f & CharTable.space != 0 { i += len; continue }
            let start = i
            let kind: TokenKind
            if f & CharTable.apostrophe != 0 || f & (CharTable.letter | CharTable.digit) == 0 {
                (i, kind) = scanOther(start, v, len, f)
            } else if f & CharTable.letter != 0 {
                i = (mayBeAcronym(start, len) ? scanAcronym(start) : nil) ?? scanWord(start, len)
                kind = .word
            } else {
                i = scanNumber(start, len)
                kind = .number
            }
            let norm = makeNorm(start, i)
            let capitalized = f & CharTable.upper != 0 || kind == .word && innerCapital(start + len, i)
            tokens.append(Token(span: Span(base + start, base + i), kind: kind, norm: norm, isCapitalized: capitalized))
        }
    }

    /// "iSrael", "eBay": a word that opens in lowercase but has an ASCII capital in its first part (before a hyphen
    /// or an apostrophe: not "pro-Russia", "al-Assad") is written as a name.
    @inline(__always) func innerCapital(_ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            let b = buf[k]
            if b >= 0x41 && b <= 0x5A { return true }
            if b == 0x2D || b == 0x27 || b >= 0x80 { return false }
            k += 1
        }
        return false
    }

    /// Cheap test before `scanAcronym`: a "." after the first or second scalar.
    @inline(__always) func mayBeAcronym(_ start: Int, _ len: Int) -> Bool {
        let a = start + len
        guard a < buf.count else { return false }
        if buf[a] == 0x2E { return true }
        let b = a + (buf[a] < 0x80 ? 1 : CharTable.decode(buf, a).1)
        return b < buf.count && buf[b] == 0x2E
    }

    /// "U.S.", "z.B.", "EE.UU.": two or more groups of one or two letters each followed by ".".
    func scanAcronym(_ start: Int) -> Int? {
        var i = start
        var groups = 0
        while true {
            var letters = 0
            var j = i
            while j < buf.count, letters < 3, isLetter(at: j) { j += CharTable.decode(buf, j).1; letters += 1 }
            guard letters >= 1, letters <= 2, j < buf.count, buf[j] == UInt8(ascii: ".") else { break }
            groups += 1
            i = j + 1
        }
        guard groups >= 2, !isLetter(at: i), !(i < buf.count && flagsAt(i) & CharTable.digit != 0) else { return nil }
        return i
    }

    func scanWord(_ start: Int, _ firstLen: Int) -> Int {
        var i = start + firstLen
        let n = buf.count
        while i < n {
            let (c, l) = CharTable.decode(buf, i)
            let g = cls(c)
            if g & CharTable.apostrophe != 0 {
                let j = i + l
                if j < n, isElisionPrefix(start, i), isLetter(at: j) || isQuote(at: j) { return j }
                guard isLetter(at: j) else { return i }
                if isClitic(at: j) { return i }
                i = j
                continue
            }
            if g & (CharTable.letter | CharTable.digit) != 0 { i += l; continue }
            if c == 0x2D || c == 0x2010 || c == 0x2011, isLetter(at: i + l) { i += l; continue }
            break
        }
        return i
    }

    func scanNumber(_ start: Int, _ firstLen: Int) -> Int {
        var i = start + firstLen
        let n = buf.count
        while i < n {
            let f = flagsAt(i)
            if f & CharTable.digit != 0 && f & CharTable.letter == 0 { i += CharTable.decode(buf, i).1; continue }
            let b = buf[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ","), i + 1 < n, buf[i + 1] >= 0x30, buf[i + 1] <= 0x39 {
                i += 1
                continue
            }
            break
        }
        return i
    }

    mutating func scanOther(_ start: Int, _ v: UInt32, _ len: Int, _ f: UInt8) -> (Int, TokenKind) {
        let n = buf.count
        if f & CharTable.apostrophe != 0, isLetter(at: start + len), isClitic(at: start + len) {
            var j = start + len
            while isLetter(at: j) { j += CharTable.decode(buf, j).1 }
            return (j, .word)
        }
        if v == 0x2E || v == 0x21 || v == 0x3F {
            var j = start + 1
            while j < n, buf[j] == 0x2E || buf[j] == 0x21 || buf[j] == 0x3F { j += 1 }
            return (j, .punctuation)
        }
        if f & CharTable.letter != 0 { return (start + len, .word) }
        return (start + len, f & CharTable.punct != 0 ? .punctuation : .symbol)
    }

    /// True when the lowercase ASCII letters in [start, end) are an elision prefix.
    func isElisionPrefix(_ start: Int, _ end: Int) -> Bool {
        let count = end - start
        guard count >= 1, count <= 6 else { return false }
        var key = [UInt8](repeating: 0, count: count)
        for k in 0..<count {
            let b = buf[start + k]
            guard b < 0x80 else { return false }
            key[k] = b | 0x20
        }
        return elisionPrefixes.contains(key)
    }

    /// True when the letters starting at `i` are an English clitic followed by a non-letter.
    func isClitic(at i: Int) -> Bool {
        var j = i
        var key: [UInt8] = []
        while j < buf.count, key.count < 3, buf[j] < 0x80, isLetter(at: j) { key.append(buf[j] | 0x20); j += 1 }
        return !key.isEmpty && key.count <= 2 && !isLetter(at: j) && clitics.contains(key)
    }

    func isQuote(at i: Int) -> Bool {
        guard i < buf.count else { return false }
        let v = CharTable.decode(buf, i).0
        return v == 0x22 || v == 0x201C || v == 0x201D || v == 0x201E || v == 0xAB || v == 0xBB
    }

    /// NFC + lowercase + apostrophes unified, via the tables; falls back to Foundation for rare scalars.
    func makeNorm(_ start: Int, _ end: Int) -> String {
        // A simple BMP lowercase mapping grows a scalar by at most one UTF-8 byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * (end - start) + 4) { out in
            var n = 0
            var j = start
            var previousClass: UInt8 = 0
            while j < end {
                let b = buf[j]
                if b < 0x80 {
                    out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    n += 1
                    previousClass = 0
                    j += 1
                    continue
                }
                let (v, l) = CharTable.decode(buf, j)
                let ccc = v < 0x10000 ? combiningClass[Int(v)] : 0
                if v >= 0x10000 || flags[Int(v)] & CharTable.slow != 0 || (ccc != 0 && previousClass > ccc) {
                    let surface = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self)
                    return Normalizer.slowKey(surface)
                }
                previousClass = ccc
                let w = flags[Int(v)] & CharTable.apostrophe != 0 ? 0x27 : UInt32(lower[Int(v)])
                if w < 0x80 {
                    out[n] = UInt8(w); n += 1
                } else if w < 0x800 {
                    out[n] = UInt8(0xC0 | (w >> 6)); out[n + 1] = UInt8(0x80 | (w & 0x3F)); n += 2
                } else {
                    out[n] = UInt8(0xE0 | (w >> 12)); out[n + 1] = UInt8(0x80 | ((w >> 6) & 0x3F))
                    out[n + 2] = UInt8(0x80 | (w & 0x3F)); n += 3
                }
                j += l
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
        }
    }
}
