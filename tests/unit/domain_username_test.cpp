// Usernames (docs/behaviour.md §7): the hidden characters refused at their exact boundaries, the canonical
// key (full case folding across scripts, hidden characters dropped, what it does not cover), and the
// validator's username check.
#include <offertracker/domain/username.hpp>
#include <offertracker/domain/validation.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::has_hidden_character;
using domain::is_hidden_character;
using domain::username_key;

TEST_CASE("is_hidden_character: every refused range and the code points next to it", "[domain][usernames]") {
    // {first, last} of each refused range; the code points just outside each are allowed.
    const std::vector<std::pair<char32_t, char32_t>> refused{
        {0x0000, 0x001F}, {0x007F, 0x009F}, {0x00AD, 0x00AD}, {0x061C, 0x061C}, {0x200B, 0x200F},
        {0x202A, 0x202E}, {0x2060, 0x2060}, {0x2066, 0x2069}, {0xFEFF, 0xFEFF}};
    for (const auto& [first, last] : refused) {
        INFO(std::hex << static_cast<unsigned>(first) << ".." << static_cast<unsigned>(last));
        for (char32_t c = first; c <= last; ++c) CHECK(is_hidden_character(c));
        if (first > 0) CHECK_FALSE(is_hidden_character(first - 1));
        CHECK_FALSE(is_hidden_character(last + 1));
    }
    for (char32_t c : {U' ', U'a', U'~', U'\u00A0', U'\u00E9', U'\u2028', U'\u3000', U'\U0001F600'})
        CHECK_FALSE(is_hidden_character(c));
}

TEST_CASE("has_hidden_character: decodes UTF-8; invalid bytes are not hidden characters", "[domain][usernames]") {
    CHECK_FALSE(has_hidden_character("alice"));
    CHECK_FALSE(has_hidden_character("Zo\u00eb \u5f20 \U0001F600"));
    CHECK(has_hidden_character("alice\u200b"));
    CHECK(has_hidden_character("\u202eecila"));
    CHECK(has_hidden_character("bo\u00adb"));
    CHECK(has_hidden_character(std::string("a\0b", 3)));
    CHECK(has_hidden_character("a\x1b[31mb"));
    CHECK(has_hidden_character("\u0085"));  // C1 control, two bytes
    CHECK_FALSE(has_hidden_character("\xE2\x80"));          // a cut-off U+200B
    CHECK_FALSE(has_hidden_character("\xF0\x82\x80\x8B"));  // U+200B encoded overlong: not UTF-8
    CHECK_FALSE(has_hidden_character("\xC2"));              // a lead byte alone
    CHECK(has_hidden_character("\xFF\u200b"));              // a bad byte does not hide what follows
}

TEST_CASE("username_key: one key for every case of a name, in every script", "[domain][usernames]") {
    CHECK(username_key("Alice") == "alice");
    CHECK(username_key("ALICE") == username_key("alice"));
    CHECK(username_key("\u00c9lodie") == "\u00e9lodie");                              // Latin-1
    CHECK(username_key("\u0130") == "i\u0307");                                       // İ: full folding
    CHECK(username_key("Stra\u00dfe") == username_key("STRASSE"));                     // ß = ss
    CHECK(username_key("\u1e9e") == "ss");                                            // capital sharp s
    CHECK(username_key("\u01c5") == "\u01c6");                                        // Dž titlecase
    CHECK(username_key("\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3") ==
          username_key("\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2"));            // Greek, final sigma
    CHECK(username_key("\u0418\u0432\u0430\u043d") == "\u0438\u0432\u0430\u043d");    // Cyrillic
    CHECK(username_key("\u0531") == "\u0561");                                        // Armenian
    CHECK(username_key("\u13a0") == username_key("\uab70"));                          // Cherokee
    CHECK(username_key("\ufb03") == "ffi");                                           // ligature
    CHECK(username_key("\U00010400") == "\U00010428");                                // Deseret, 4 bytes
    CHECK(username_key("\u216b") == "\u217b");                                        // Roman numeral
    // Unchanged: lower case, digits, punctuation, scripts without case.
    CHECK(username_key("bob_42.x-y") == "bob_42.x-y");
    CHECK(username_key("\u5f20\u4e09") == "\u5f20\u4e09");
}

TEST_CASE("username_key: hidden characters are dropped, so stored look-alikes collide", "[domain][usernames]") {
    CHECK(username_key("alice\u200b") == "alice");
    CHECK(username_key("al\u00adice") == "alice");
    CHECK(username_key("\ufeff\u202eAlice\u2069") == "alice");
}

TEST_CASE("username_key: what it does not cover", "[domain][usernames]") {
    CHECK(username_key("\u00e9") != username_key("e\u0301"));  // no normalisation
    CHECK(username_key("\uff41") != username_key("a"));        // no compatibility mapping (fullwidth)
    CHECK(username_key("\u0430") != username_key("a"));        // no cross-script confusables
    CHECK(username_key("a\xFF" "b") == "a\xFF" "b");           // invalid UTF-8 kept byte for byte
}

TEST_CASE("validator::username: length first, then hidden characters, one error per field", "[domain][usernames]") {
    auto errors = [](std::string_view name) {
        domain::validator v;
        v.username("username", name);
        auto e = std::move(v).finish();
        return e ? e->field_errors : std::vector<domain::field_error>{};
    };
    CHECK(errors("abc").empty());
    CHECK(errors("ab") == std::vector<domain::field_error>{
                              {.path = {"username"}, .code = domain::field_code::too_short, .limit = 3}});
    CHECK(errors("a\u200b") == errors("ab"));  // two code points: too short, and only that
    CHECK(errors(std::string(51, 'x')).at(0).code == domain::field_code::too_long);
    CHECK(errors("ab\u200b") == std::vector<domain::field_error>{
                                    {.path = {"username"}, .code = domain::field_code::hidden_character}});
}
