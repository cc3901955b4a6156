// The index over the table (built once, on first use) and the scanner that finds skills in text.
// Tokens are found by one pass over the text; at each token a trie over token ids is walked for at most as many
// tokens as the longest spelling has, so recognition is linear in the text size.
#include <offertracker/skills/vocabulary.hpp>

#include "table.hpp"

#include <array>
#include <deque>
#include <unordered_map>

namespace offertracker::skills {
namespace {

constexpr std::array<std::string_view, category_count> category_names{
    "language", "framework", "library",  "database",    "cloud_devops", "data_ml",    "tool",
    "platform", "security",  "testing",  "design",      "methodology",  "soft_skill", "domain",
};

bool is_ascii_alnum(unsigned char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_alpha(unsigned char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Non-ASCII code points that separate tokens: Latin-1 punctuation and symbols (NBSP, «», ·, ×, ÷), general
// punctuation (dashes, quotes, bullets, …), arrows, box drawing to dingbats (■ ● ✓ ➤), CJK punctuation, BOM,
// fullwidth ASCII punctuation.
bool is_separator(char32_t cp) noexcept {
    return (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
           (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2500 && cp <= 0x27BF) || (cp >= 0x3000 && cp <= 0x303F) ||
           cp == 0xFEFF || (cp >= 0xFF01 && cp <= 0xFF0F);
}

// The byte length of the (possibly malformed) UTF-8 sequence at i, and whether it is part of a word.
// A malformed byte counts as one word byte: it never creates a boundary.
struct unit {
    std::size_t length;
    bool word;
};
unit unit_at(std::string_view s, std::size_t i) noexcept {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return {1, is_ascii_alnum(b)};
    std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return {1, true};
    char32_t cp = b & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < n; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return {1, true};
        cp = (cp << 6) | (c & 0x3F);
    }
    return {n, !is_separator(cp)};
}

struct token {
    std::size_t begin;
    std::size_t end;
};

std::vector<token> tokenize(std::string_view s) {
    std::vector<token> out;
    std::size_t i = 0;
    bool after_word = false;  // the previous byte ended a word
    while (i < s.size()) {
        const unit u = unit_at(s, i);
        const bool dot_start = s[i] == '.' && !after_word && i + 1 < s.size() &&
                               is_ascii_alpha(static_cast<unsigned char>(s[i + 1]));
        if (!u.word && !dot_start) {
            i += u.length;
            after_word = false;
            continue;
        }
        const std::size_t begin = i;
        i += u.length;
        while (i < s.size()) {
            const unit w = unit_at(s, i);
            if (!w.word) break;
            i += w.length;
        }
        // "C++", "C#", "C++17": a suffix not followed by a letter belongs to the token ("Python+SQL" is two).
        std::size_t k = i;
        if (k < s.size() && s[k] == '#') {
            ++k;
        } else if (k < s.size() && s[k] == '+') {
            ++k;
            if (k < s.size() && s[k] == '+') ++k;
        }
        if (k != i && (k == s.size() || !is_ascii_alpha(static_cast<unsigned char>(s[k])))) {
            i = k;
            after_word = false;
        } else {
            after_word = true;
        }
        out.push_back({begin, i});
    }
    return out;
}

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Whether two tokens separated by this gap may belong to one spelling.
bool joinable(std::string_view gap) noexcept {
    if (gap.size() == 1 && std::string_view("-./_&").find(gap[0]) != std::string_view::npos) return true;
    for (std::size_t i = 0; i < gap.size(); ++i) {
        if (is_space(gap[i])) continue;
        if (gap.substr(i, 2) == "\xC2\xA0") {  // NBSP
            ++i;
            continue;
        }
        return false;
    }
    return true;  // whitespace only, or nothing ("C#.NET")
}

bool has_any(std::string_view gap, std::string_view chars) noexcept {
    return gap.find_first_of(chars) != std::string_view::npos;
}
// A gap that separates list items: ASCII list punctuation, or a non-ASCII separator other than NBSP (bullets,
// dashes, middle dots). Before an item, ':' opens a list ("Languages: R"); ';' there opens a clause as a full stop
// would ("...; Go-getters"), so it counts only after an item ("R; SQL").
bool lists(std::string_view gap, bool before) noexcept {
    if (has_any(gap, ",/|()[]{}&")) return true;
    if (has_any(gap, before ? ":" : ";")) return true;
    for (std::size_t i = 0; i < gap.size(); ++i) {
        if (static_cast<unsigned char>(gap[i]) >= 0x80 && gap.substr(i, 2) != "\xC2\xA0") return true;
    }
    return false;
}

struct variant {
    std::uint16_t skill = 0;
    case_rule rule = case_rule::any;
    std::vector<std::string_view> exact;  // the spelling's tokens as written (for the exact rules)
};

struct index {
    std::deque<std::string> keys;                                 // owns every string the maps view
    std::unordered_map<std::string_view, std::uint32_t> token_ids;  // lowercased token -> id
    std::unordered_map<std::uint64_t, std::uint32_t> edges;         // (node << 32 | token id) -> child node
    std::vector<std::optional<variant>> terminal{std::optional<variant>{}};  // per node; node 0 is the root
    std::unordered_map<std::string_view, std::uint16_t> by_form;    // normalised form -> skill
    std::size_t longest = 1;                                        // tokens of the longest spelling
    std::vector<std::string> problems;
};

std::string form_of(std::string_view text, const std::vector<token>& tokens) {
    std::string form;
    for (const token& t : tokens) {
        if (!form.empty()) form += ' ';
        for (std::size_t i = t.begin; i < t.end; ++i) form += lower(text[i]);
    }
    return form;
}

std::vector<spelling> parse(const skill& s) {
    std::vector<spelling> out;
    std::string_view rest = s.aliases;
    while (!rest.empty()) {
        const std::size_t bar = rest.find('|');
        std::string_view item = rest.substr(0, bar);
        rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
        case_rule rule = case_rule::any;
        if (!item.empty()) {
            switch (item[0]) {
                case '=': rule = case_rule::exact; break;
                case '^': rule = case_rule::exact_list; break;
                case '~': rule = case_rule::exact_prose; break;
                default: break;
            }
            if (rule != case_rule::any) item.remove_prefix(1);
        }
        out.push_back({item, rule});
    }
    const std::string name_form = normalise(s.name);
    bool overridden = false;
    for (const spelling& a : out) overridden = overridden || normalise(a.text) == name_form;
    if (!overridden) out.insert(out.begin(), spelling{s.name, case_rule::any});
    return out;
}

std::string_view keep(index& ix, std::string text) { return ix.keys.emplace_back(std::move(text)); }

void add(index& ix, std::uint16_t id, const skill& s, const spelling& a) {
    const std::string who = std::string(s.name) + ": \"" + std::string(a.text) + "\"";
    const std::vector<token> tokens = tokenize(a.text);
    if (tokens.empty()) {
        ix.problems.push_back(who + " has no token");
        return;
    }
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        if (!joinable(a.text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end))) {
            ix.problems.push_back(who + " has a gap no text could match");
        }
    }
    if (tokens.front().begin != 0 || tokens.back().end != a.text.size()) {
        ix.problems.push_back(who + " starts or ends outside a token");
    }
    if ((a.rule == case_rule::exact_list || a.rule == case_rule::exact_prose) && tokens.size() != 1) {
        ix.problems.push_back(who + " has a list or prose rule but several tokens");
    }
    std::string form = form_of(a.text, tokens);
    if (const auto it = ix.by_form.find(form); it != ix.by_form.end()) {
        const skill& other = detail::table()[it->second];
        ix.problems.push_back(who + (it->second == id ? " is spelled twice"
                                                      : " also names " + std::string(other.name)));
        return;
    }
    ix.by_form.emplace(keep(ix, form), id);

    std::uint32_t node = 0;
    variant v{id, a.rule, {}};
    for (const token& t : tokens) {
        std::string key;
        for (std::size_t i = t.begin; i < t.end; ++i) key += lower(a.text[i]);
        auto tid = ix.token_ids.find(key);
        if (tid == ix.token_ids.end()) {
            tid = ix.token_ids.emplace(keep(ix, std::move(key)), static_cast<std::uint32_t>(ix.token_ids.size())).first;
        }
        const std::uint64_t edge = (std::uint64_t{node} << 32) | tid->second;
        auto child = ix.edges.find(edge);
        if (child == ix.edges.end()) {
            child = ix.edges.emplace(edge, static_cast<std::uint32_t>(ix.terminal.size())).first;
            ix.terminal.emplace_back();
        }
        node = child->second;
        v.exact.push_back(a.text.substr(t.begin, t.end - t.begin));
    }
    ix.terminal[node] = std::move(v);
    if (tokens.size() > ix.longest) ix.longest = tokens.size();
}

index build() {
    index ix;
    const auto rows = detail::table();
    std::unordered_map<std::string, std::size_t> names;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::string lowered;
        for (char c : rows[i].name) lowered += lower(c);
        if (!names.emplace(lowered, i).second) {
            ix.problems.push_back("canonical name \"" + std::string(rows[i].name) + "\" is used twice");
        }
        for (const spelling& a : parse(rows[i])) add(ix, static_cast<std::uint16_t>(i), rows[i], a);
    }
    return ix;
}

const index& the_index() {
    static const index ix = build();
    return ix;
}

}  // namespace

std::string_view to_string(category c) noexcept { return category_names[static_cast<std::size_t>(c)]; }

std::optional<category> category_from_string(std::string_view text) noexcept {
    for (std::size_t i = 0; i < category_names.size(); ++i) {
        if (category_names[i] == text) return static_cast<category>(i);
    }
    return std::nullopt;
}

std::span<const skill> vocabulary() noexcept { return detail::table(); }

std::vector<spelling> spellings_of(const skill& s) { return parse(s); }

std::string normalise(std::string_view text) { return form_of(text, tokenize(text)); }

const skill* find(std::string_view text) {
    const index& ix = the_index();
    const auto it = ix.by_form.find(normalise(text));
    return it == ix.by_form.end() ? nullptr : &detail::table()[it->second];
}

std::optional<std::string_view> canonical(std::string_view text) {
    const skill* s = find(text);
    return s ? std::optional<std::string_view>(s->name) : std::nullopt;
}

std::optional<category> category_of(std::string_view text) {
    const skill* s = find(text);
    return s ? std::optional<category>(s->kind) : std::nullopt;
}

std::vector<found_skill> find_skills(std::string_view text) {
    const index& ix = the_index();
    const std::vector<token> tokens = tokenize(text);
    std::string lowered(text);
    for (char& c : lowered) c = lower(c);
    auto token_text = [&](std::size_t t) {
        return std::string_view(lowered).substr(tokens[t].begin, tokens[t].end - tokens[t].begin);
    };
    auto gap_before = [&](std::size_t t) {
        const std::size_t from = t == 0 ? 0 : tokens[t - 1].end;
        return text.substr(from, tokens[t].begin - from);
    };
    auto gap_after = [&](std::size_t t) {
        const std::size_t to = t + 1 < tokens.size() ? tokens[t + 1].begin : text.size();
        return text.substr(tokens[t].end, to - tokens[t].end);
    };
    auto list_item = [&](std::size_t t) {
        const std::string_view before = gap_before(t), after = gap_after(t);
        if (lists(before, true) || lists(after, false)) return true;
        if (t > 0 && (token_text(t - 1) == "and" || token_text(t - 1) == "or")) return true;
        if (t + 1 < tokens.size() && (token_text(t + 1) == "and" || token_text(t + 1) == "or")) return true;
        const bool line_starts = t == 0 || has_any(before, "\n");
        const bool line_ends = t + 1 == tokens.size() || has_any(after, "\n");
        return line_starts && line_ends;  // alone on its line
    };
    auto accepts = [&](const variant& v, std::size_t first) {
        if (v.rule == case_rule::any) return true;
        for (std::size_t k = 0; k < v.exact.size(); ++k) {
            const token& t = tokens[first + k];
            if (text.substr(t.begin, t.end - t.begin) != v.exact[k]) return false;
        }
        switch (v.rule) {
            case case_rule::any:
            case case_rule::exact: return true;
            case case_rule::exact_list: {
                // "(C)" and "(R)" right inside parentheses are the copyright and registered signs.
                const std::string_view before = gap_before(first), after = gap_after(first);
                const bool sign = !before.empty() && before.back() == '(' && !after.empty() && after.front() == ')';
                return !sign && list_item(first);
            }
            case case_rule::exact_prose: {
                const bool sentence_start = first == 0 || has_any(gap_before(first), ".!?;\n");
                return !sentence_start || list_item(first);
            }
        }
        return false;
    };

    std::vector<found_skill> found;
    std::vector<bool> seen(detail::table().size(), false);
    for (std::size_t t = 0; t < tokens.size();) {
        std::size_t best = 0;
        std::uint16_t best_skill = 0;
        std::uint32_t node = 0;
        for (std::size_t k = 0; k < ix.longest && t + k < tokens.size(); ++k) {
            if (k > 0 && !joinable(text.substr(tokens[t + k - 1].end, tokens[t + k].begin - tokens[t + k - 1].end))) {
                break;
            }
            const auto tid = ix.token_ids.find(token_text(t + k));
            if (tid == ix.token_ids.end()) break;
            const auto child = ix.edges.find((std::uint64_t{node} << 32) | tid->second);
            if (child == ix.edges.end()) break;
            node = child->second;
            if (const auto& v = ix.terminal[node]; v && accepts(*v, t)) {
                best = k + 1;
                best_skill = v->skill;
            }
        }
        if (best == 0) {
            ++t;
            continue;
        }
        if (!seen[best_skill]) {
            seen[best_skill] = true;
            const std::size_t begin = tokens[t].begin;
            found.push_back({&detail::table()[best_skill], begin, tokens[t + best - 1].end - begin});
        }
        t += best;
    }
    return found;
}

std::vector<std::string> vocabulary_problems() { return the_index().problems; }

}  // namespace offertracker::skills
