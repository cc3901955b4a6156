// The skills vocabulary shipped with the product: canonical skills, their categories and their spellings, and the
// recognition of skills in free text. Extraction (job and candidate creation from text), matching and the
// interview-prep web all use this one vocabulary, so "k8s" in a resume and "Kubernetes" in a job are one skill.
// Pure std C++; the data is compiled in (src/skills_table.cpp, one skill per line).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace offertracker::skills {

enum class category : std::uint8_t {
    language,      // programming and query languages: Python, C++, SQL
    framework,     // application frameworks: Spring Boot, React, Django
    library,       // libraries and SDKs: NumPy, pandas, Redux
    database,      // databases and data stores: PostgreSQL, Redis, Elasticsearch
    cloud_devops,  // clouds, infrastructure, delivery: AWS, Kubernetes, Terraform, CI/CD
    data_ml,       // data engineering, analytics, machine learning: machine learning, Spark, Tableau
    tool,          // developer and office tools: Git, Jira, Excel
    platform,      // operating systems, runtimes, device platforms: Linux, Android, Node.js, .NET
    security,      // security practices and standards: OWASP, penetration testing, OAuth
    testing,       // test practices and tools: unit testing, Selenium, Jest
    design,        // product and visual design: UX design, Figma
    methodology,   // ways of working and architecture: Agile, Scrum, TDD, microservices
    soft_skill,    // communication, leadership, problem solving
    domain,        // business and industry knowledge: fintech, e-commerce, SEO
};
inline constexpr std::size_t category_count = 14;

// The category's wire string ("language", "cloud_devops", "soft_skill", ...), and back.
[[nodiscard]] std::string_view to_string(category c) noexcept;
[[nodiscard]] std::optional<category> category_from_string(std::string_view text) noexcept;

// One row of the table. `aliases` holds '|'-separated spellings; the canonical name is itself a spelling (matched
// case-insensitively) unless an alias with the same normalised form overrides its case rule. A spelling may start
// with a case-rule mark (see case_rule).
struct skill {
    std::string_view name;
    category kind;
    std::string_view aliases;
};

// How find_skills treats the letter case of a spelling. canonical()/find() ignore case rules: a spelling given to
// them (a tag, a form field) is already known to name a skill.
enum class case_rule : std::uint8_t {
    any,          // no mark: ASCII case-insensitive ("k8s", "K8S", "Kubernetes")
    exact,        // '=': exactly this case anywhere ("ML", "Node", "React", "Spring")
    exact_list,   // '^': exactly this case, and only as a list item ("R", "C": "Python, R and SQL", "C/C++")
    exact_prose,  // '~': exactly this case, and at a sentence start only as a list item ("Go": "We use Go" yes,
                  //      "Go to the office" no, "Go, Rust" yes)
};

struct spelling {
    std::string_view text;  // without its mark
    case_rule rule;
};

// Every skill of the vocabulary, in table order.
[[nodiscard]] std::span<const skill> vocabulary() noexcept;

// The skill's spellings: its canonical name first (unless overridden), then the table's aliases.
[[nodiscard]] std::vector<spelling> spellings_of(const skill& s);

// A spelling's normalised form: ASCII-lowercased tokens joined by one space ("Node.js" -> "node js",
// "CI/CD" -> "ci cd", "C++" -> "c++", ".NET" -> ".net"). Two spellings with the same form are one spelling.
[[nodiscard]] std::string normalise(std::string_view text);

// The skill a spelling names (any case; case rules do not apply), or nothing.
[[nodiscard]] const skill* find(std::string_view text);
[[nodiscard]] std::optional<std::string_view> canonical(std::string_view text);
[[nodiscard]] std::optional<category> category_of(std::string_view text);

// A skill recognised in text: where its first occurrence starts and how many bytes it spans.
struct found_skill {
    const skill* what;
    std::size_t offset;
    std::size_t length;
};

// Every skill the text mentions, once each, in order of first mention. Linear in the text size. Tokens are runs of
// ASCII letters and digits and non-ASCII code points (except Unicode punctuation, spaces and symbols such as "•",
// "–", "’", NBSP), plus a trailing "+", "++" or "#" not followed by a letter ("C++", "C#", "C++17" -> C++), and a
// leading "." not preceded by a token (".NET"). A multi-token spelling matches across whitespace or one of
// "-./_&" ("node.js", "node js", "CI/CD", "ci cd", "Objective-C", "R&D"); the longest spelling wins
// ("Spring Boot" over "Spring"); a skill never matches inside a token ("java" in "javascript").
[[nodiscard]] std::vector<found_skill> find_skills(std::string_view text);

// What is wrong with the table (a spelling naming two skills or spelled twice, a duplicate canonical name, a spelling
// that find_skills could never match); empty when the table is sound. The unit tests demand it empty.
[[nodiscard]] std::vector<std::string> vocabulary_problems();

}  // namespace offertracker::skills
