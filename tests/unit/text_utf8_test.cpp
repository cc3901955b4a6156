// The UTF-8 validator against a reference written from RFC 3629's definition, over every string of up to three
// bytes and every code point, plus the classic malformations by name.
#include <offertracker/text/utf8.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using offertracker::text::is_storable_text;
using offertracker::text::is_valid_utf8;

namespace {

std::string encode(std::uint32_t cp) {
    std::string out;
    offertracker::text::append_utf8(out, static_cast<char32_t>(cp));
    return out;
}

// Decode by bit pattern, then demand the shortest form, a scalar value and the Unicode range.
bool reference_valid(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (b < 0x80) { n = 1; cp = b; }
        else if ((b & 0xE0) == 0xC0) { n = 2; cp = b & 0x1F; }
        else if ((b & 0xF0) == 0xE0) { n = 3; cp = b & 0x0F; }
        else if ((b & 0xF8) == 0xF0) { n = 4; cp = b & 0x07; }
        else return false;
        if (i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        if (encode(cp) != s.substr(i, n)) return false;  // overlong
        i += n;
    }
    return true;
}

}  // namespace

TEST_CASE("utf8: every string of one, two and three bytes agrees with the reference", "[text][utf8]") {
    std::string s;
    std::size_t disagreements = 0;
    for (int a = 0; a < 256; ++a) {
        s.assign(1, static_cast<char>(a));
        if (is_valid_utf8(s) != reference_valid(s)) ++disagreements;
        for (int b = 0; b < 256; ++b) {
            s.assign({static_cast<char>(a), static_cast<char>(b)});
            if (is_valid_utf8(s) != reference_valid(s)) ++disagreements;
            for (int c = 0; c < 256; ++c) {
                s.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
                if (is_valid_utf8(s) != reference_valid(s)) ++disagreements;
            }
        }
    }
    CHECK(disagreements == 0);
}

TEST_CASE("utf8: every scalar value is valid, every surrogate is not", "[text][utf8]") {
    std::size_t wrong = 0;
    for (std::uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (is_valid_utf8(encode(cp)) == surrogate) ++wrong;
    }
    CHECK(wrong == 0);
}

TEST_CASE("utf8: the classic malformations", "[text][utf8]") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("Z\xC3\xBCrich \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80"));
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));            // U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));      // U+110000
    CHECK_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));      // overlong '/' in four bytes
    CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));      // lead byte above F4
    CHECK_FALSE(is_valid_utf8("\xFF"));
    CHECK_FALSE(is_valid_utf8("\xF0\x9F\x98"));          // truncated emoji
    CHECK_FALSE(is_valid_utf8("abc\xF0\x9F\x98" "d"));   // truncated, then ASCII
    CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));          // U+DFFF
}

TEST_CASE("utf8: storable text is valid UTF-8 without NUL", "[text][utf8]") {
    CHECK(is_storable_text("plain"));
    CHECK_FALSE(is_storable_text(std::string("a\0b", 3)));
    CHECK_FALSE(is_storable_text("\xC0\x80"));  // the "modified UTF-8" NUL is overlong too
}

TEST_CASE("utf8: decode_at reads one code point and refuses what the validator refuses", "[text][utf8]") {
    using offertracker::text::decode_at;
    const std::string text = "a\xC3\xBC\xE6\x97\xA5\xF0\x9F\x98\x80";  // a, ü, 日, 😀
    const auto a = decode_at(text, 0);
    REQUIRE(a);
    CHECK((a->code_point == U'a' && a->length == 1));
    const auto u = decode_at(text, 1);
    REQUIRE(u);
    CHECK((u->code_point == U'\u00FC' && u->length == 2));
    const auto ri = decode_at(text, 3);
    REQUIRE(ri);
    CHECK((ri->code_point == U'\u65E5' && ri->length == 3));
    const auto emoji = decode_at(text, 6);
    REQUIRE(emoji);
    CHECK((emoji->code_point == U'\U0001F600' && emoji->length == 4));
    CHECK_FALSE(decode_at(text, 2));                      // a continuation byte
    CHECK_FALSE(decode_at("\xC0\xAF", 0));                // overlong '/'
    CHECK_FALSE(decode_at("\xED\xA0\x80", 0));            // a surrogate
    CHECK_FALSE(decode_at("\xF4\x90\x80\x80", 0));        // above U+10FFFF
    CHECK_FALSE(decode_at("\xF0\x9F\x98", 0));            // truncated
}

TEST_CASE("utf8: append_utf8 writes what decode_at reads, for every length", "[text][utf8]") {
    using offertracker::text::append_utf8;
    using offertracker::text::decode_at;
    for (const char32_t cp : {U'\u0000', U'\u007F', U'\u0080', U'\u07FF', U'\u0800', U'\uFFFF', U'\U00010000',
                              U'\U0010FFFF'}) {
        std::string out;
        append_utf8(out, cp);
        CHECK(is_valid_utf8(out));
        const auto back = decode_at(out, 0);
        REQUIRE(back);
        CHECK(back->code_point == cp);
        CHECK(back->length == out.size());
    }
}
