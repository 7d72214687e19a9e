/// Character references of HTML: the named ones a Dutch or English page is likely to use, and
/// numeric `&#233;` / `&#xE9;` (with the Windows-1252 reading of 128–159, as browsers do).
///
/// ```swift
/// HTMLEntities.named["eacute"]   // 0xE9 (é)
/// ```
enum HTMLEntities {
    /// Name (without `&` and `;`) → Unicode scalar value.
    static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "nbsp": 0xA0, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
            "iexcl": 0xA1, "cent": 0xA2, "pound": 0xA3, "curren": 0xA4, "yen": 0xA5, "brvbar": 0xA6,
            "sect": 0xA7, "uml": 0xA8, "copy": 0xA9, "ordf": 0xAA, "laquo": 0xAB, "not": 0xAC,
            "shy": 0xAD, "reg": 0xAE, "macr": 0xAF, "deg": 0xB0, "plusmn": 0xB1, "sup2": 0xB2,
            "sup3": 0xB3, "acute": 0xB4, "micro": 0xB5, "para": 0xB6, "middot": 0xB7, "cedil": 0xB8,
            "sup1": 0xB9, "ordm": 0xBA, "raquo": 0xBB, "frac14": 0xBC, "frac12": 0xBD, "frac34": 0xBE,
            "iquest": 0xBF, "times": 0xD7, "divide": 0xF7, "szlig": 0xDF,
            "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
            "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020, "Dagger": 0x2021,
            "bull": 0x2022, "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033,
            "lsaquo": 0x2039, "rsaquo": 0x203A, "euro": 0x20AC, "trade": 0x2122, "larr": 0x2190,
            "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193, "harr": 0x2194, "minus": 0x2212,
            "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E,
            "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D,
            "lrm": 0x200E, "rlm": 0x200F, "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC,
            "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178,
            "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "mu": 0x3BC,
            "check": 0x2713, "star": 0x2606,
        ]
        // Latin-1 letters: &Agrave; … &yuml;.
        let letters: [(String, UInt32)] = [
            ("Agrave", 0xC0), ("Aacute", 0xC1), ("Acirc", 0xC2), ("Atilde", 0xC3), ("Auml", 0xC4),
            ("Aring", 0xC5), ("AElig", 0xC6), ("Ccedil", 0xC7), ("Egrave", 0xC8), ("Eacute", 0xC9),
            ("Ecirc", 0xCA), ("Euml", 0xCB), ("Igrave", 0xCC), ("Iacute", 0xCD), ("Icirc", 0xCE),
            ("Iuml", 0xCF), ("ETH", 0xD0), ("Ntilde", 0xD1), ("Ograve", 0xD2), ("Oacute", 0xD3),
            ("Ocirc", 0xD4), ("Otilde", 0xD5), ("Ouml", 0xD6), ("Oslash", 0xD8), ("Ugrave", 0xD9),
            ("Uacute", 0xDA), ("Ucirc", 0xDB), ("Uuml", 0xDC), ("Yacute", 0xDD), ("THORN", 0xDE),
            ("agrave", 0xE0), ("aacute", 0xE1), ("acirc", 0xE2), ("atilde", 0xE3), ("auml", 0xE4),
            ("aring", 0xE5), ("aelig", 0xE6), ("ccedil", 0xE7), ("egrave", 0xE8), ("eacute", 0xE9),
            ("ecirc", 0xEA), ("euml", 0xEB), ("igrave", 0xEC), ("iacute", 0xED), ("icirc", 0xEE),
            ("iuml", 0xEF), ("eth", 0xF0), ("ntilde", 0xF1), ("ograve", 0xF2), ("oacute", 0xF3),
            ("ocirc", 0xF4), ("otilde", 0xF5), ("ouml", 0xF6), ("oslash", 0xF8), ("ugrave", 0xF9),
            ("uacute", 0xFA), ("ucirc", 0xFB), ("uuml", 0xFC), ("yacute", 0xFD), ("thorn", 0xFE),
            ("yuml", 0xFF),
        ]
        for (name, value) in letters { table[name] = value }
        return table
    }()

    /// Named references browsers also accept without the closing `;`.
    static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    /// The longest name looked at; longer runs are not a reference.
    static let maximumNameLength = 32

    /// Decodes the reference starting at `bytes[index]` (an `&`). Returns the scalar value and
    /// the index just past the reference, or nil when it is no reference (the `&` is text).
    static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (value: UInt32, next: Int)? {
        var position = index + 1
        guard position < end else { return nil }
        if bytes[position] == 0x23 { // '#'
            position += 1
            var hex = false
            if position < end, bytes[position] == 0x78 || bytes[position] == 0x58 { hex = true; position += 1 }
            var value: UInt32 = 0
            var digits = 0
            while position < end, digits < 8, let digit = digitValue(bytes[position], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                position += 1
                digits += 1
            }
            guard digits > 0 else { return nil }
            if position < end, bytes[position] == 0x3B { position += 1 }
            return (numericValue(value), position)
        }
        var name = ""
        while position < end, name.utf8.count < maximumNameLength, isAlphanumeric(bytes[position]) {
            name.unicodeScalars.append(Unicode.Scalar(bytes[position]))
            position += 1
        }
        guard !name.isEmpty else { return nil }
        if position < end, bytes[position] == 0x3B, let value = named[name] ?? named[name.lowercased()] {
            return (value, position + 1)
        }
        if legacyWithoutSemicolon.contains(name), let value = named[name] { return (value, position) }
        return nil
    }

    private static func numericValue(_ value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF: return 0xFFFD
        case 0x80...0x9F: return TextDecoding.windows1252High[Int(value) - 0x80]
        case let v where v > 0x10FFFF: return 0xFFFD
        default: return value
        }
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66 where hex: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
