/// Turns the bytes of a file into text: UTF-8 (a byte-order mark is dropped), UTF-16 when the
/// file starts with its byte-order mark, otherwise Windows-1252. Files that look binary or hold
/// only whitespace are refused.
///
/// ```swift
/// switch TextDecoding.decode(Array("caf\u{E9}".utf8)) {
/// case .decoded(let text): print(text.string, text.note ?? "")
/// case .skipped(let reason): print(reason)
/// }
/// ```
enum TextDecoding {
    struct Decoded: Sendable {
        /// The decoded text.
        var string: String
        /// `string` as UTF-8 bytes (what all offsets count in).
        var utf8: [UInt8]
        /// Dutch remark when the file was not plain UTF-8 (becomes a `LoadWarning`).
        var note: String?
    }

    enum Outcome: Sendable {
        case decoded(Decoded)
        /// Dutch reason, e.g. "leeg bestand; overgeslagen".
        case skipped(String)
    }

    /// How much of the start of a file is inspected for binary content.
    static let sniffLength = 8192

    static func decode(_ bytes: [UInt8]) -> Outcome {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let string = decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
            return finish(string: string, utf8: Array(string.utf8), note: "UTF-16 gelezen")
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let content = bytes[start...]
        if let reason = binaryReason(content) { return .skipped(reason) }
        if let string = String(validating: content, as: UTF8.self) {
            return finish(string: string, utf8: Array(content), note: nil)
        }
        let utf8 = windows1252ToUTF8(content)
        return finish(string: String(decoding: utf8, as: UTF8.self), utf8: utf8,
                      note: "geen UTF-8; gelezen als Windows-1252")
    }

    private static func finish(string: String, utf8: [UInt8], note: String?) -> Outcome {
        if string.unicodeScalars.allSatisfy({ TextLines.isBlank($0.value) }) {
            return .skipped(utf8.isEmpty ? "leeg bestand; overgeslagen" : "bevat alleen witruimte; overgeslagen")
        }
        return .decoded(Decoded(string: string, utf8: utf8, note: note))
    }

    /// A Dutch reason when the start of the content looks binary: a NUL byte, or more than
    /// one in twenty bytes a control character other than tab, line feed, form feed or
    /// carriage return.
    static func binaryReason(_ content: ArraySlice<UInt8>) -> String? {
        let sample = content.prefix(sniffLength)
        var controls = 0
        for byte in sample {
            if byte == 0 { return "lijkt een binair bestand (bevat NUL-bytes); overgeslagen" }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0B, byte != 0x0C, byte != 0x0D, byte != 0x1B {
                controls += 1
            } else if byte == 0x7F {
                controls += 1
            }
        }
        if controls >= 4, controls * 20 > sample.count {
            return "lijkt een binair bestand (veel stuurtekens); overgeslagen"
        }
        return nil
    }

    /// Windows-1252: bytes 0x80–0x9F are the typographic characters of that code page, all
    /// others equal their Latin-1 code point. The five bytes the code page leaves undefined
    /// become the C1 controls of the same value (as browsers do).
    static func windows1252ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else {
                let scalar = byte < 0xA0 ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
                appendUTF8(scalar, to: &out)
            }
        }
        return out
    }

    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        for unit in UTF8.encode(scalar)! { out.append(unit) }
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
