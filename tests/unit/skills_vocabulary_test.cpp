// The skills table is sound: enough skills, unique names, every spelling names one skill once, and every spelling
// is reachable (find_skills finds exactly its skill in it). Plus canonical(), category_of() and iteration.
#include <offertracker/skills/vocabulary.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <string>

namespace sk = offertracker::skills;

namespace {

// A text in which a spelling stands as a list item, so the list rule ('^') is met too.
std::string as_list_item(std::string_view spelling) { return "Skills: " + std::string(spelling) + ", more"; }

}  // namespace

TEST_CASE("the table has no problem") {
    const auto problems = sk::vocabulary_problems();
    for (const auto& p : problems) UNSCOPED_INFO(p);
    CHECK(problems.empty());
}

TEST_CASE("the table holds at least 500 skills with unique canonical names") {
    const auto all = sk::vocabulary();
    CHECK(all.size() >= 500);
    std::set<std::string> names, forms;
    for (const auto& s : all) {
        CHECK(names.insert(std::string(s.name)).second);
        CHECK(forms.insert(sk::normalise(s.name)).second);
        CHECK_FALSE(s.name.empty());
    }
}

TEST_CASE("every spelling names exactly one skill, once") {
    std::set<std::string> forms;
    std::size_t spellings = 0;
    for (const auto& s : sk::vocabulary()) {
        for (const auto& a : sk::spellings_of(s)) {
            ++spellings;
            INFO(s.name << ": " << a.text);
            CHECK(forms.insert(sk::normalise(a.text)).second);
            // canonical() ignores case rules: any case of any spelling names the skill.
            CHECK(sk::canonical(a.text) == s.name);
            std::string upper(a.text), lower(a.text);
            for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            CHECK(sk::canonical(upper) == s.name);
            CHECK(sk::canonical(lower) == s.name);
            CHECK(sk::category_of(a.text) == s.kind);
        }
    }
    CHECK(spellings >= 1000);
}

TEST_CASE("every spelling is reachable: find_skills finds its skill and nothing else in it") {
    for (const auto& s : sk::vocabulary()) {
        for (const auto& a : sk::spellings_of(s)) {
            INFO(s.name << ": " << a.text);
            for (const std::string& text : {std::string(a.text), as_list_item(a.text)}) {
                const auto found = sk::find_skills(text);
                if (a.rule == sk::case_rule::exact_list && text == a.text) continue;  // needs a list
                REQUIRE(found.size() == 1);
                CHECK(found[0].what == &s);
                CHECK(text.substr(found[0].offset, found[0].length) == a.text);
            }
        }
    }
}

TEST_CASE("the canonical name comes first in its spellings unless a spelling overrides its case rule") {
    for (const auto& s : sk::vocabulary()) {
        const auto spellings = sk::spellings_of(s);
        REQUIRE_FALSE(spellings.empty());
        bool has_name_form = false;
        for (const auto& a : spellings) has_name_form = has_name_form || sk::normalise(a.text) == sk::normalise(s.name);
        CHECK(has_name_form);
    }
    const auto go = sk::find("Go");
    REQUIRE(go != nullptr);
    const auto spellings = sk::spellings_of(*go);
    CHECK(spellings[0].text == "Go");
    CHECK(spellings[0].rule == sk::case_rule::exact_prose);
}

TEST_CASE("canonical() maps the issue's examples") {
    CHECK(sk::canonical("k8s") == "Kubernetes");
    CHECK(sk::canonical("K8S") == "Kubernetes");
    CHECK(sk::canonical("Postgres") == "PostgreSQL");
    CHECK(sk::canonical("psql") == "PostgreSQL");
    CHECK(sk::canonical("JS") == "JavaScript");
    CHECK(sk::canonical("C++") == "C++");
    CHECK(sk::canonical("cpp") == "C++");
    CHECK(sk::canonical("Go") == "Go");
    CHECK(sk::canonical("golang") == "Go");
    CHECK(sk::canonical("go") == "Go");  // a tag is known to be a skill: case rules do not apply
    CHECK(sk::canonical("node.js") == "Node.js");
    CHECK(sk::canonical("nodejs") == "Node.js");
    CHECK(sk::canonical("Node JS") == "Node.js");
    CHECK(sk::canonical("ML") == "Machine learning");
    CHECK(sk::canonical("ml") == "Machine learning");
    CHECK(sk::canonical("machine learning") == "Machine learning");
    CHECK(sk::canonical("  Machine   Learning ") == "Machine learning");
    CHECK(sk::canonical("CI/CD") == "CI/CD");
    CHECK(sk::canonical("ci cd") == "CI/CD");
    CHECK(sk::canonical(".NET") == ".NET");
    CHECK(sk::canonical("dotnet") == ".NET");
    CHECK(sk::canonical("C#") == "C#");
    CHECK(sk::canonical("c") == "C");
    CHECK(sk::canonical("r") == "R");
    CHECK(sk::canonical("spring boot") == "Spring Boot");
}

TEST_CASE("canonical() and category_of() know nothing else") {
    CHECK(sk::canonical("") == std::nullopt);
    CHECK(sk::canonical("   ") == std::nullopt);
    CHECK(sk::canonical("cobweb") == std::nullopt);
    CHECK(sk::canonical("java script engine") == std::nullopt);
    CHECK(sk::canonical("Kubernetes Docker") == std::nullopt);
    CHECK(sk::find("nothing-at-all") == nullptr);
    CHECK(sk::category_of("banana") == std::nullopt);
}

TEST_CASE("category_of() and the category strings") {
    using sk::category;
    CHECK(sk::category_of("Python") == category::language);
    CHECK(sk::category_of("golang") == category::language);
    CHECK(sk::category_of("Spring Boot") == category::framework);
    CHECK(sk::category_of("numpy") == category::library);
    CHECK(sk::category_of("psql") == category::database);
    CHECK(sk::category_of("k8s") == category::cloud_devops);
    CHECK(sk::category_of("ML") == category::data_ml);
    CHECK(sk::category_of("git") == category::tool);
    CHECK(sk::category_of("nodejs") == category::platform);
    CHECK(sk::category_of("OAuth2") == category::security);
    CHECK(sk::category_of("pytest") == category::testing);
    CHECK(sk::category_of("figma") == category::design);
    CHECK(sk::category_of("scrum") == category::methodology);
    CHECK(sk::category_of("leadership") == category::soft_skill);
    CHECK(sk::category_of("fintech") == category::domain);
    for (std::size_t i = 0; i < sk::category_count; ++i) {
        const auto c = static_cast<category>(i);
        CHECK(sk::category_from_string(sk::to_string(c)) == c);
    }
    CHECK(sk::category_from_string("nonsense") == std::nullopt);
    CHECK(sk::to_string(category::cloud_devops) == "cloud_devops");
    CHECK(sk::to_string(category::soft_skill) == "soft_skill");
}

TEST_CASE("every category has skills") {
    std::set<sk::category> seen;
    for (const auto& s : sk::vocabulary()) seen.insert(s.kind);
    CHECK(seen.size() == sk::category_count);
}

TEST_CASE("normalise() lowercases tokens and joins them with one space") {
    CHECK(sk::normalise("Node.js") == "node js");
    CHECK(sk::normalise("CI/CD") == "ci cd");
    CHECK(sk::normalise("C++") == "c++");
    CHECK(sk::normalise("C#") == "c#");
    CHECK(sk::normalise(".NET") == ".net");
    CHECK(sk::normalise("ASP.NET") == "asp net");
    CHECK(sk::normalise("  Spring\tBoot ") == "spring boot");
    CHECK(sk::normalise("") == "");
}

TEST_CASE("a spelling without a mark is found in any case; a marked one only in its own case") {
    for (const auto& s : sk::vocabulary()) {
        for (const auto& a : sk::spellings_of(s)) {
            INFO(s.name << ": " << a.text);
            std::string upper(a.text), lower(a.text);
            for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            for (const std::string& variant : {upper, lower}) {
                const auto found = sk::find_skills(as_list_item(variant));
                if (a.rule == sk::case_rule::any || variant == a.text) {
                    REQUIRE(found.size() == 1);
                    CHECK(found[0].what == &s);
                } else {
                    for (const auto& f : found) CHECK(f.what != &s);
                }
            }
        }
    }
}

TEST_CASE("spellings_of() reads the marks") {
    const auto* ml = sk::find("machine learning");
    REQUIRE(ml != nullptr);
    const auto spellings = sk::spellings_of(*ml);
    REQUIRE(spellings.size() == 2);
    CHECK(spellings[0].text == "Machine learning");
    CHECK(spellings[0].rule == sk::case_rule::any);
    CHECK(spellings[1].text == "ML");
    CHECK(spellings[1].rule == sk::case_rule::exact);
    const auto* r = sk::find("R");
    REQUIRE(r != nullptr);
    CHECK(sk::spellings_of(*r)[0].text == "R");
    CHECK(sk::spellings_of(*r)[0].rule == sk::case_rule::exact_list);
}

TEST_CASE("vocabulary() iterates every skill, and find() returns a row of it") {
    const auto all = sk::vocabulary();
    REQUIRE_FALSE(all.empty());
    for (const auto& s : all) {
        const auto* found = sk::find(s.name);
        REQUIRE(found != nullptr);
        CHECK(found == &s);
        CHECK(found >= all.data());
        CHECK(found < all.data() + all.size());
    }
}
