import CZlib

/// Errors from decompression, naming the reason.
public enum CompressionError: Error, CustomStringConvertible, Equatable {
    case truncated
    case corrupt(String)
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .truncated: return "truncated gzip stream"
        case .corrupt(let why): return "corrupt gzip data (\(why))"
        case .tooLarge(let limit): return "decompressed data exceeds \(limit) bytes"
        }
    }
}

/// gzip/zlib decompression over system zlib.
public enum Gzip {
    /// True when the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b }

    /// Inflates a gzip (or concatenated gzip members) stream. Throws on truncation or corruption,
    /// and when the output would exceed `limit` bytes.
    public static func decompress(_ input: [UInt8], limit: Int = 512 << 20) throws -> [UInt8] {
        if input.isEmpty { throw CompressionError.truncated }
        var stream = z_stream()
        // 15 window bits + 32: detect gzip or zlib headers automatically.
        var rc = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else { throw CompressionError.corrupt("inflateInit failed") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        try input.withUnsafeBufferPointer { inBuf in
            var offset = 0
            while true {
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress! + offset)
                stream.avail_in = UInt32(inBuf.count - offset)
                repeat {
                    rc = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                        stream.next_out = out.baseAddress
                        stream.avail_out = UInt32(chunk)
                        return inflate(&stream, Z_NO_FLUSH)
                    }
                    let produced = chunk - Int(stream.avail_out)
                    output.append(contentsOf: buffer[0..<produced])
                    if output.count > limit { throw CompressionError.tooLarge(limit: limit) }
                    if rc == Z_STREAM_END { break }
                    if rc == Z_BUF_ERROR && stream.avail_in == 0 { throw CompressionError.truncated }
                    if rc != Z_OK { throw CompressionError.corrupt(rc == Z_DATA_ERROR ? "data error" : "zlib code \(rc)") }
                } while true
                offset = inBuf.count - Int(stream.avail_in)
                // Another gzip member follows: start again.
                if offset < inBuf.count, inBuf[offset] == 0x1f {
                    inflateReset(&stream)
                    continue
                }
                break
            }
        }
        return output
    }
}
