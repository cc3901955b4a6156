// The shared helpers: cleaning, lines, words, case and role words.
#include "text_scan.hpp"

#include <algorithm>
#include <array>

namespace offertracker::intake::detail {
namespace {

// The length of the valid UTF-8 sequence at i and its code point, or 0 when the bytes there are not one.
std::size_t utf8_at(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t n = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

// Lower-case inside a title or a name: linking words and name particles ("Head of Sales", "Maria de la Cruz").
constexpr std::array<std::string_view, 20> linking_words{"of", "and", "for", "the", "to", "in", "at", "a", "an", "&",
                                                          "or", "de", "la", "le", "van", "von", "der", "del", "da",
                                                          "du"};

struct acronym {
    std::string_view lower;
    std::string_view written;
};
constexpr std::array<acronym, 22> acronyms{{
    {"ml", "ML"},     {"ai", "AI"},     {"qa", "QA"},         {"ux", "UX"},     {"ui", "UI"},     {"sre", "SRE"},
    {"vp", "VP"},     {"ios", "iOS"},   {"devops", "DevOps"}, {"it", "IT"},     {"hr", "HR"},     {"cto", "CTO"},
    {"ceo", "CEO"},   {"cfo", "CFO"},   {"coo", "COO"},       {"sdet", "SDET"}, {"ii", "II"},     {"iii", "III"},
    {"iv", "IV"},     {"sr", "Sr"},     {"jr", "Jr"},         {"bi", "BI"},
}};

constexpr std::array<std::string_view, 58> role_words{
    "engineer",   "engineers",  "developer",  "developers", "programmer", "architect",     "manager",
    "director",   "lead",       "head",       "scientist",  "analyst",    "designer",      "consultant",
    "specialist", "administrator", "admin",   "intern",     "officer",    "vp",            "president",
    "founder",    "co-founder", "cto",        "ceo",        "cfo",        "coo",           "recruiter",
    "writer",     "editor",     "accountant", "coordinator", "associate", "technician",    "researcher",
    "sre",        "strategist", "marketer",   "representative", "executive", "advisor",    "nurse",
    "teacher",    "instructor", "professor",  "assistant",  "fellow",     "freelancer",    "owner",
    "sdet",       "tester",     "partner",    "principal",  "mathematician", "statistician", "economist",
    "producer",   "operator",
};

}  // namespace

std::string clean_text(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    std::size_t i = 0;
    while (i < raw.size()) {
        char32_t cp = 0;
        const std::size_t n = utf8_at(raw, i, cp);
        if (n == 0) {
            out.push_back(' ');
            ++i;
            continue;
        }
        if (n == 1) {
            const char c = raw[i];
            if (c == '\r') {
                // "\r\n" is one line break; a lone "\r" is one too.
                if (i + 1 >= raw.size() || raw[i + 1] != '\n') out.push_back('\n');
            } else if (c == '\n' || c == '\t') {
                out.push_back(c);  // a tab stays: it separates fields ("Seattle, WA<tab>jane@x.io")
            } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                out.push_back(' ');
            } else {
                out.push_back(c);
            }
        } else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212 || cp == 0x2010 || cp == 0x2011) {
            out.push_back('-');
        } else if (cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x200B || cp == 0xFEFF) {
            out.push_back(' ');
        } else if (cp == 0x2018 || cp == 0x2019) {
            out.push_back('\'');
        } else if (cp == 0x201C || cp == 0x201D) {
            out.push_back('"');
        } else if (cp == 0x2022 || cp == 0x25CF || cp == 0x25AA || cp == 0x25E6 || cp == 0x2023 || cp == 0x00B7) {
            out.push_back(cp == 0x00B7 ? '|' : '*');  // a middle dot separates header fields like "|"
        } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            out.push_back('\n');
        } else {
            out.append(raw.substr(i, n));
        }
        i += n;
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string_view trim_field(std::string_view s) {
    constexpr std::string_view frame = " \t,;:.-|[]*'\"(";
    while (!s.empty() && (frame.find(s.front()) != std::string_view::npos || s.front() == ')')) s.remove_prefix(1);
    while (!s.empty()) {
        const char c = s.back();
        if (c == ')' && s.find('(') != std::string_view::npos) break;
        if (frame.find(c) == std::string_view::npos && c != ')') break;
        s.remove_suffix(1);
    }
    return s;
}

std::vector<line> lines_of(std::string_view text) {
    std::vector<line> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view l = trim(text.substr(start, end - start));
        while (!l.empty() && (l.front() == '*' || l.front() == '>' || (l.front() == '-' && l.size() > 1 && l[1] == ' ')))
            l = trim(l.substr(1));
        out.push_back({l, l.empty() ? start : static_cast<std::size_t>(l.data() - text.data())});
        if (end == text.size()) break;
        start = end + 1;
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
bool is_word_byte(char c) noexcept { return is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80; }

std::size_t find_word(std::string_view hay, std::string_view needle, std::size_t from) {
    if (needle.empty()) return std::string_view::npos;
    while (from <= hay.size()) {
        const std::size_t at = hay.find(needle, from);
        if (at == std::string_view::npos) return at;
        const bool left = at == 0 || !is_word_byte(hay[at - 1]) || !is_word_byte(needle.front());
        const std::size_t end = at + needle.size();
        const bool right = end >= hay.size() || !is_word_byte(hay[end]) || !is_word_byte(needle.back());
        if (left && right) return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

bool has_word(std::string_view hay, std::string_view needle) { return find_word(hay, needle) != std::string_view::npos; }

bool starts_with_word(std::string_view hay, std::string_view needle) {
    return hay.substr(0, needle.size()) == needle &&
           (hay.size() == needle.size() || !is_word_byte(hay[needle.size()]) || !is_word_byte(needle.back()));
}

std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_word_byte(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size()) {
            if (is_word_byte(text[j])) {
                ++j;
            } else if ((text[j] == '-' || text[j] == '\'' || text[j] == '.' || text[j] == '&') && j + 1 < text.size() &&
                       is_word_byte(text[j + 1])) {
                j += 2;
            } else {
                break;
            }
        }
        out.push_back(text.substr(i, j - i));
        i = j;
    }
    return out;
}

std::string title_case(std::string_view text) {
    const bool has_lower = std::any_of(text.begin(), text.end(), is_lower);
    std::string source = has_lower ? std::string(text) : lower(text);
    for (char& c : source)
        if (c == '\t' || c == '\n') c = ' ';
    std::string out;
    out.reserve(source.size());
    std::size_t i = 0;
    bool first_word = true;
    while (i < source.size()) {
        if (source[i] == ' ') {
            out.push_back(' ');
            ++i;
            continue;
        }
        std::size_t j = source.find(' ', i);
        if (j == std::string::npos) j = source.size();
        const std::string word = source.substr(i, j - i);
        const std::string low = lower(word);
        const bool all_lower = word == low;
        const auto ac = std::find_if(acronyms.begin(), acronyms.end(), [&](const acronym& a) { return a.lower == low; });
        if (!all_lower) {
            out += word;
        } else if (ac != acronyms.end()) {
            out += ac->written;
        } else if (!first_word && std::find(linking_words.begin(), linking_words.end(), low) != linking_words.end()) {
            out += word;
        } else {
            bool start = true;
            for (char c : word) {
                out.push_back(start && is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c);
                start = c == '-' || c == '/';
            }
        }
        first_word = false;
        i = j;
    }
    return out;
}

bool is_role_word(std::string_view word) {
    const std::string low = lower(word);
    return std::find(role_words.begin(), role_words.end(), low) != role_words.end();
}

bool has_role_word(std::string_view text) {
    const auto words = words_of(text);
    return std::any_of(words.begin(), words.end(), [](std::string_view w) {
        if (is_role_word(w)) return true;
        // "Co-Founder", "Engineer/Manager": a part of a compound word counts.
        const auto words_inner = w.find_first_of("-/");
        return words_inner != std::string_view::npos &&
               (is_role_word(w.substr(0, words_inner)) || is_role_word(w.substr(words_inner + 1)));
    });
}

}  // namespace offertracker::intake::detail
