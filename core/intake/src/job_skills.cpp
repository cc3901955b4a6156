// Required vs nice-to-have. A cue leads (applies to the skills after it in its sentence, up to the next cue:
// "Nice to have: Kafka") or trails (applies to the skills before it: "Kafka is a plus"); a cue that can do both
// trails when a skill stands between it and the previous cue or the sentence start, unless a ":" follows it.
// After a leading cue, a trailing one claims only its own clause (from the last comma): "Must have Python and Go,
// Kubernetes is a plus".
#include "job_skills.hpp"
#include "text_scan.hpp"

#include <offertracker/skills/vocabulary.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_set>

namespace offertracker::intake::detail {
namespace {

enum class kind : unsigned char { required, nice, ignored };
enum class direction : unsigned char { leads, trails, either };

struct cue {
    std::string_view text;
    kind what;
    direction way;
};

constexpr std::array<cue, 41> cues{{
    {"must have", kind::required, direction::leads},
    {"must-have", kind::required, direction::either},
    {"must haves", kind::required, direction::leads},
    {"must-haves", kind::required, direction::either},
    {"requirements", kind::required, direction::leads},
    {"required skills", kind::required, direction::leads},
    {"required", kind::required, direction::either},
    {"minimum qualifications", kind::required, direction::leads},
    {"basic qualifications", kind::required, direction::leads},
    {"qualifications", kind::required, direction::leads},
    {"what you need", kind::required, direction::leads},
    {"what you'll need", kind::required, direction::leads},
    {"you must", kind::required, direction::leads},
    {"a must", kind::required, direction::trails},
    {"mandatory", kind::required, direction::either},
    {"essential", kind::required, direction::trails},
    {"nice to have", kind::nice, direction::either},
    {"nice-to-have", kind::nice, direction::either},
    {"nice to haves", kind::nice, direction::leads},
    {"nice-to-haves", kind::nice, direction::leads},
    {"good to have", kind::nice, direction::either},
    {"bonus points", kind::nice, direction::leads},
    {"bonus", kind::nice, direction::either},
    {"a plus", kind::nice, direction::trails},
    {"plus:", kind::nice, direction::leads},
    {"preferred qualifications", kind::nice, direction::leads},
    {"preferred", kind::nice, direction::either},
    {"preferably", kind::nice, direction::leads},
    {"ideally", kind::nice, direction::leads},
    {"desirable", kind::nice, direction::either},
    {"extra credit", kind::nice, direction::either},
    {"we'd love", kind::nice, direction::leads},
    {"would be great", kind::nice, direction::trails},
    {"optional", kind::nice, direction::trails},
    {"helpful", kind::nice, direction::trails},
    {"an advantage", kind::nice, direction::trails},
    {"advantageous", kind::nice, direction::trails},
    {"familiarity with", kind::nice, direction::leads},
    {"exposure to", kind::nice, direction::leads},
    {"not required", kind::nice, direction::trails},
    {"is a big plus", kind::nice, direction::trails},
}};

constexpr std::array<std::string_view, 9> ignored_headings{
    "benefits", "perks", "what we offer", "about us", "about the company", "equal opportunity", "why join",
    "compensation", "our stack is evolving"};

struct cue_at {
    std::size_t begin;
    std::size_t end;
    const cue* what;
};

// The cues of one sentence (lower-cased), longest first where two overlap.
std::vector<cue_at> cues_of(std::string_view low) {
    std::vector<cue_at> found;
    for (const auto& c : cues) {
        std::size_t at = 0;
        while ((at = find_word(low, c.text, at)) != std::string_view::npos) {
            found.push_back({at, at + c.text.size(), &c});
            at += c.text.size();
        }
    }
    std::sort(found.begin(), found.end(), [](const cue_at& a, const cue_at& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<cue_at> out;
    for (const auto& f : found)
        if (out.empty() || f.begin >= out.back().end) out.push_back(f);
    return out;
}

// A heading: a short line that ends with ":" or holds nothing but a few words.
std::optional<kind> heading_kind(std::string_view l, bool& is_heading) {
    is_heading = false;
    std::string_view body = trim(l);
    if (body.empty()) return std::nullopt;
    const bool colon = body.back() == ':';
    if (colon) body.remove_suffix(1);
    const auto words = words_of(body);
    if (words.empty() || words.size() > 5) return std::nullopt;
    if (!colon && body.find_first_of(".,;:") != std::string_view::npos) return std::nullopt;
    const std::string low = lower(body);
    for (auto h : ignored_headings)
        if (low.find(h) != std::string::npos) {
            is_heading = true;
            return kind::ignored;
        }
    const auto c = cues_of(low);
    if (!c.empty()) {
        is_heading = true;
        return c.front().what->what;
    }
    // Any other short line ending with ":" or written in title case starts a section of the default kind.
    if (colon || (is_upper(body.front()) && words.size() <= 4 && skills::find_skills(body).empty())) {
        is_heading = true;
        return kind::required;
    }
    return std::nullopt;
}

struct mention {
    const skills::skill* what;
    std::size_t offset;
    kind as;
};

// Splits one line into sentences at ";", and ". ", "! ", "? ".
std::vector<std::pair<std::size_t, std::size_t>> sentences_of(std::string_view l) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < l.size(); ++i) {
        const bool stop = l[i] == ';' || ((l[i] == '.' || l[i] == '!' || l[i] == '?') && i + 1 < l.size() && l[i + 1] == ' ');
        if (stop) {
            out.emplace_back(start, i);
            start = i + 1;
        }
    }
    out.emplace_back(start, l.size());
    return out;
}

void classify_sentence(std::string_view sentence, std::size_t base, kind section,
                       const std::vector<skills::found_skill>& found, std::vector<mention>& out) {
    const std::string low = lower(sentence);
    const auto cs = cues_of(low);
    std::size_t pending_from = out.size();  // the mentions a trailing cue may claim
    std::optional<kind> forward;
    std::size_t next_cue = 0;
    auto apply_cue = [&](const cue_at& c) {
        const bool colon = c.end < low.size() && low[c.end] == ':';
        // What a trailing cue would claim: the mentions since the previous cue, or after a leading cue only this
        // clause (the mentions after the last comma before the cue).
        std::size_t from = pending_from;
        if (forward) {
            const std::size_t comma = c.begin == 0 ? std::string::npos : low.rfind(',', c.begin - 1);
            from = out.size();
            while (from > pending_from && comma != std::string::npos && out[from - 1].offset > base + comma) --from;
        }
        bool trails = c.what->way == direction::trails;
        if (c.what->way == direction::either) trails = !colon && from < out.size();
        if (trails) {
            for (std::size_t m = from; m < out.size(); ++m) out[m].as = c.what->what;
            forward.reset();
        } else {
            forward = c.what->what;
        }
        pending_from = out.size();
    };
    for (const auto& f : found) {
        if (f.offset < base || f.offset >= base + sentence.size()) continue;
        while (next_cue < cs.size() && base + cs[next_cue].begin <= f.offset) apply_cue(cs[next_cue++]);
        out.push_back({f.what, f.offset, forward.value_or(section)});
    }
    while (next_cue < cs.size()) apply_cue(cs[next_cue++]);
}

}  // namespace

split_skills find_job_skills(std::string_view text, std::size_t skip_begin, std::size_t skip_end) {
    std::vector<mention> mentions;
    kind section = kind::required;
    for (const auto& l : lines_of(text)) {
        if (l.text.empty()) continue;
        bool is_heading = false;
        if (const auto h = heading_kind(l.text, is_heading); is_heading) {
            section = *h;
            continue;
        }
        // The title's span is blanked rather than its skills dropped: find_skills reports a skill's first mention
        // only, and a later one ("Senior Rust Engineer ... strong Rust required") must still count.
        std::string own(l.text);
        for (std::size_t i = 0; i < own.size(); ++i)
            if (l.offset + i >= skip_begin && l.offset + i < skip_end) own[i] = ' ';
        auto found = skills::find_skills(own);
        if (found.empty()) continue;
        for (auto& f : found) f.offset += l.offset;
        for (const auto& [b, e] : sentences_of(l.text))
            classify_sentence(l.text.substr(b, e - b), l.offset + b, section, found, mentions);
    }
    split_skills out;
    std::unordered_set<const skills::skill*> required;
    for (const auto& m : mentions)
        if (m.as == kind::required && required.insert(m.what).second) out.required.emplace_back(m.what->name);
    std::unordered_set<const skills::skill*> nice;
    for (const auto& m : mentions)
        if (m.as == kind::nice && !required.count(m.what) && nice.insert(m.what).second)
            out.nice_to_have.emplace_back(m.what->name);
    return out;
}

}  // namespace offertracker::intake::detail
