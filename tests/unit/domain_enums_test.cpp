// Enum wire strings: each table matches the seed's list (written out here), round-trips, is case-sensitive,
// and produces the 422 "Input should be ..." text.
#include <string>
#include <vector>

#include <offertracker/domain/enums.hpp>

#include "test_support.hpp"

using namespace offertracker;
using namespace offertracker::domain;

namespace {

// The table's strings in order, and a check that each value round-trips through them.
template <class E>
std::vector<std::string> strings_of() {
    std::vector<std::string> out;
    for (const auto& [value, text] : enum_strings<E>::values) {
        out.emplace_back(text);
        CHECK(to_string(value) == text);
        CHECK(parse_enum<E>(text) == value);
        CHECK(parse_enum<E>(to_string(value)) == value);
    }
    return out;
}

// Every value of the enum (0..N-1) has a distinct, non-empty string.
template <class E>
void every_value_named() {
    constexpr auto n = enum_strings<E>::values.size();
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < n; ++i) {
        const auto text = std::string(to_string(static_cast<E>(i)));
        CHECK_FALSE(text.empty());
        CHECK(std::find(seen.begin(), seen.end(), text) == seen.end());
        seen.push_back(text);
    }
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("every enum matches the seed's values, in documented order", "[domain][enums]") {
    CHECK(strings_of<application_status>() ==
          strings{"Saved", "Applied", "Interviewing", "Offer", "Accepted", "Rejected", "Withdrawn"});
    CHECK(strings_of<stage_type>() == strings{"Recruiter Call", "Phone Screen", "Technical", "Coding Challenge",
                                              "Take-Home", "System Design", "Behavioral", "Panel", "Onsite",
                                              "Final Round", "Other"});
    CHECK(strings_of<stage_result>() == strings{"Pending", "Passed", "Failed", "Cancelled"});
    CHECK(strings_of<job_type>() == strings{"Full-time", "Part-time", "Contract", "Internship", "Freelance"});
    CHECK(strings_of<work_mode>() == strings{"Remote", "Hybrid", "On-site"});
    CHECK(strings_of<priority>() == strings{"High", "Medium", "Low"});
    CHECK(strings_of<source>() == strings{"LinkedIn", "Indeed", "Glassdoor", "Company Website", "Referral",
                                          "Job Board", "Recruiter", "Networking", "Career Fair", "Other"});
    CHECK(strings_of<outcome_status>() == strings{"Offer", "Rejected", "Withdrawn"});
    CHECK(strings_of<contact_type>() == strings{"Recruiter", "Hiring Manager", "Referral", "HR", "Peer", "Other"});
    CHECK(strings_of<document_type>() == strings{"Resume", "Cover Letter", "Portfolio", "Reference", "Other"});
    CHECK(strings_of<reminder_type>() == strings{"Follow-up", "Deadline", "Interview", "General"});
    CHECK(strings_of<saved_job_status>() == strings{"Active", "Archived", "Converted"});
    CHECK(strings_of<post_type>() == strings{"Update", "Tip", "Milestone", "Question", "Resource", "Celebration"});
    CHECK(strings_of<reaction_type>() == strings{"Like", "Celebrate", "Support", "Insightful"});
    CHECK(strings_of<group_role>() == strings{"admin", "member"});
    CHECK(strings_of<profile_visibility>() == strings{"private", "followers", "groups", "public"});
}

TEST_CASE("every enumerator has its own string", "[domain][enums]") {
    every_value_named<application_status>();
    every_value_named<stage_type>();
    every_value_named<stage_result>();
    every_value_named<job_type>();
    every_value_named<work_mode>();
    every_value_named<priority>();
    every_value_named<source>();
    every_value_named<outcome_status>();
    every_value_named<contact_type>();
    every_value_named<document_type>();
    every_value_named<reminder_type>();
    every_value_named<saved_job_status>();
    every_value_named<post_type>();
    every_value_named<reaction_type>();
    every_value_named<group_role>();
    every_value_named<profile_visibility>();
}

TEST_CASE("named values map to the right strings", "[domain][enums]") {
    CHECK(to_string(application_status::interviewing) == "Interviewing");
    CHECK(to_string(work_mode::on_site) == "On-site");
    CHECK(to_string(job_type::full_time) == "Full-time");
    CHECK(to_string(stage_type::take_home) == "Take-Home");
    CHECK(to_string(source::company_website) == "Company Website");
    CHECK(to_string(reminder_type::follow_up) == "Follow-up");
    CHECK(to_string(profile_visibility::private_) == "private");
    CHECK(to_string(profile_visibility::public_) == "public");
    CHECK(to_string(post_type::tip) == "Tip");
}

TEST_CASE("parsing is exact and case-sensitive", "[domain][enums]") {
    CHECK_FALSE(parse_enum<post_type>("tip"));
    CHECK_FALSE(parse_enum<post_type>("TIP"));
    CHECK(parse_enum<post_type>("Tip") == post_type::tip);
    CHECK_FALSE(parse_enum<application_status>("saved"));
    CHECK_FALSE(parse_enum<application_status>("SAVED"));
    CHECK_FALSE(parse_enum<application_status>(" Saved"));
    CHECK_FALSE(parse_enum<application_status>("Saved "));
    CHECK_FALSE(parse_enum<application_status>(""));
    CHECK_FALSE(parse_enum<application_status>("Sav"));
    CHECK_FALSE(parse_enum<application_status>("Savedd"));
    CHECK_FALSE(parse_enum<job_type>("Full-Time"));
    CHECK_FALSE(parse_enum<job_type>("Full time"));
    CHECK_FALSE(parse_enum<work_mode>("Onsite"));
    CHECK_FALSE(parse_enum<source>("Linkedin"));
    CHECK_FALSE(parse_enum<profile_visibility>("Public"));
    CHECK_FALSE(parse_enum<profile_visibility>("private_"));
    CHECK_FALSE(parse_enum<group_role>("Admin"));
    // A value of another enum is not accepted.
    CHECK_FALSE(parse_enum<outcome_status>("Accepted"));
    CHECK_FALSE(parse_enum<outcome_status>("Interviewing"));
}

TEST_CASE("parsing needs no allocation and works at compile time", "[domain][enums]") {
    STATIC_REQUIRE(parse_enum<application_status>("Offer") == application_status::offer);
    STATIC_REQUIRE(to_string(priority::low) == std::string_view("Low"));
    STATIC_REQUIRE_FALSE(parse_enum<priority>("low").has_value());
}

TEST_CASE("enum_values lists the wire strings in documented order", "[domain][enums]") {
    CHECK(enum_values<application_status>() == std::vector<std::string>{"Saved", "Applied", "Interviewing", "Offer",
                                                                        "Accepted", "Rejected", "Withdrawn"});
    CHECK(enum_values<priority>() == std::vector<std::string>{"High", "Medium", "Low"});
    CHECK(enum_values<group_role>() == std::vector<std::string>{"admin", "member"});
}
