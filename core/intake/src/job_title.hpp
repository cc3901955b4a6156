// Role titles in prose, shared by the job parser (the title) and the resume parser (the current title).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace offertracker::intake::detail {

struct title_found {
    std::string value;  // title-cased
    std::size_t begin;  // the span it was read from, in the text given to find_job_title
    std::size_t end;
};

// A title from a phrase: cut at the first separator ("(", ",", "|", " - ", ". ") or linking word ("in", "at",
// "with", "for", "to", "who", "based", "remote", ...), leading articles and praise ("a", "an", "experienced",
// "talented") dropped, and up to its last role word ("Engineer", "Manager", ...) plus a level ("II", "III").
// Without need_role, a phrase with no role word is kept whole (a field under a "Title:" cue). At most 8 words.
[[nodiscard]] std::optional<title_found> title_from(std::string_view phrase, std::size_t offset, bool need_role);

// The title of a job posting: a "Job title:" / "Position:" / "Role:" / "Hiring:" cue line, else a first line that
// reads as a title, else the first "we need a", "looking for a", "hiring a", "job for a" phrase.
[[nodiscard]] std::optional<title_found> find_job_title(std::string_view text);

}  // namespace offertracker::intake::detail
