import Foundation

/// Accumulates naive Bayes scores of one text: lowercase words of letters, each padded with spaces, give
/// character n-grams of orders 1…maxN plus the word itself (tagged with byte 0x01), as in derive_language.py.
struct NGramScorer {
    let model: LanguageModel
    var gains: [Double]
    var counts: [Int]
    var scriptCounts = [Int](repeating: 0, count: Script.allCases.count)
    var letters = 0
    var kana = 0
    /// Current padded word: bytes and the end offset of each character.
    var word: [UInt8] = [0x20]
    var charEnds: [Int] = [1]

    init(model: LanguageModel) {
        self.model = model
        gains = [Double](repeating: 0, count: model.codes.count)
        counts = [Int](repeating: 0, count: model.maxN + 1)
        word.reserveCapacity(128)
        charEnds.reserveCapacity(64)
    }

    mutating func read(_ buf: UnsafeBufferPointer<UInt8>) {
        CharTable.flags.withUnsafeBufferPointer { flags in
            CharTable.lower.withUnsafeBufferPointer { lower in
                var i = 0
                let n = buf.count
                while i < n {
                    let b = buf[i]
                    var v: UInt32
                    var len = 1
                    if b < 0x80 { v = UInt32(b) } else { (v, len) = CharTable.decode(buf, i) }
                    i += len
                    let f = v < 0x10000 ? flags[Int(v)] : CharTable.computeFlags(Unicode.Scalar(v) ?? " ")
                    guard f & CharTable.letter != 0 else {
                        if charEnds.count > 1 { flushWord() }
                        continue
                    }
                    if v < 0x10000 { v = UInt32(lower[Int(v)]) }
                    letters += 1
                    let script = Script.of(v)
                    scriptCounts[Int(script.rawValue)] += 1
                    if (0x3040...0x30FF).contains(v) { kana += 1 }
                    if charEnds.count < 48 {
                        CharTable.encode(v, into: &word)
                        charEnds.append(word.count)
                    }
                }
                if charEnds.count > 1 { flushWord() }
            }
        }
    }

    /// Scores the features of the current word and resets it.
    mutating func flushWord() {
        word.append(0x20)
        charEnds.append(word.count)
        let maxN = model.maxN
        let chars = charEnds.count // characters in " word ", with charEnds[k] the end of character k
        word.withUnsafeBufferPointer { w in
            // Whole word, tagged.
            var h = (FNV.offset ^ 0x01) &* FNV.prime
            for k in 1..<(w.count - 1) { h = (h ^ UInt64(w[k])) &* FNV.prime }
            add(h, order: 0)
            var start = 0
            for c in 0..<chars {
                var g = FNV.offset
                var pos = start
                for n in 1...maxN {
                    let last = c + n - 1
                    guard last < chars else { break }
                    while pos < charEnds[last] { g = (g ^ UInt64(w[pos])) &* FNV.prime; pos += 1 }
                    if n == 1 && (c == 0 || c == chars - 1) { continue } // a lone space is not a feature
                    add(g, order: n)
                }
                start = charEnds[c]
            }
        }
        word.removeAll(keepingCapacity: true)
        word.append(0x20)
        charEnds.removeAll(keepingCapacity: true)
        charEnds.append(1)
    }

    @inline(__always)
    mutating func add(_ key: UInt64, order: Int) {
        counts[order] += 1
        let row = model.row(of: key)
        guard row >= 0 else { return }
        let from = Int(model.rowStarts[row]), to = Int(model.rowStarts[row + 1])
        for e in from..<to { gains[Int(model.entryLangs[e])] += Double(model.entryDeltas[e]) }
    }

    /// Candidates in the dominant script with posterior probabilities, best first.
    func result(minimumLetters: Int) -> [(code: String, confidence: Double)] {
        guard letters >= minimumLetters else { return [] }
        var dominant = Script.other
        var top = 0
        for s in Script.allCases where s != .other && scriptCounts[Int(s.rawValue)] > top {
            top = scriptCounts[Int(s.rawValue)]
            dominant = s
        }
        guard top > 0 else { return [] }
        let share = Double(top) / Double(letters)
        if dominant == .cjk && kana == 0 && !model.codes.contains("zh") { return [("zh", 0.5 * share)] }
        let candidates = model.codes.indices.filter { model.scripts[$0] == dominant }
        if candidates.count == 1 { return [(model.codes[candidates[0]], share)] }
        guard !candidates.isEmpty else { return [] }
        let stride = model.maxN + 1
        var scored: [(Int, Double)] = candidates.map { l in
            var s = gains[l]
            for o in 0..<stride { s += Double(counts[o]) * model.floors[l * stride + o] }
            return (l, s)
        }
        scored.sort { $0.1 > $1.1 }
        let temperature = max(1.0, Double(counts.reduce(0, +)).squareRoot())
        let best = scored[0].1
        let weights = scored.map { ($0.0, exp(($0.1 - best) / temperature)) }
        let total = weights.reduce(0) { $0 + $1.1 }
        return weights.prefix(5).map { (model.codes[$0.0], $0.1 / total * share) }
    }
}
