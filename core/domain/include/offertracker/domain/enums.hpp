// Every enum of the OfferTracker seed with its exact wire strings, in documented order.
#pragma once

#include <offertracker/domain/enum_table.hpp>

namespace offertracker::domain {

// ApplicationStatus
enum class application_status { saved, applied, interviewing, offer, accepted, rejected, withdrawn };
template <>
struct enum_strings<application_status> {
    static constexpr std::array<std::pair<application_status, std::string_view>, 7> values{{
        {application_status::saved, "Saved"},
        {application_status::applied, "Applied"},
        {application_status::interviewing, "Interviewing"},
        {application_status::offer, "Offer"},
        {application_status::accepted, "Accepted"},
        {application_status::rejected, "Rejected"},
        {application_status::withdrawn, "Withdrawn"},
    }};
};

// StageType
enum class stage_type { recruiter_call, phone_screen, technical, coding_challenge, take_home, system_design, behavioral, panel, onsite, final_round, other };
template <>
struct enum_strings<stage_type> {
    static constexpr std::array<std::pair<stage_type, std::string_view>, 11> values{{
        {stage_type::recruiter_call, "Recruiter Call"},
        {stage_type::phone_screen, "Phone Screen"},
        {stage_type::technical, "Technical"},
        {stage_type::coding_challenge, "Coding Challenge"},
        {stage_type::take_home, "Take-Home"},
        {stage_type::system_design, "System Design"},
        {stage_type::behavioral, "Behavioral"},
        {stage_type::panel, "Panel"},
        {stage_type::onsite, "Onsite"},
        {stage_type::final_round, "Final Round"},
        {stage_type::other, "Other"},
    }};
};

// StageResult
enum class stage_result { pending, passed, failed, cancelled };
template <>
struct enum_strings<stage_result> {
    static constexpr std::array<std::pair<stage_result, std::string_view>, 4> values{{
        {stage_result::pending, "Pending"},
        {stage_result::passed, "Passed"},
        {stage_result::failed, "Failed"},
        {stage_result::cancelled, "Cancelled"},
    }};
};

// JobType
enum class job_type { full_time, part_time, contract, internship, freelance };
template <>
struct enum_strings<job_type> {
    static constexpr std::array<std::pair<job_type, std::string_view>, 5> values{{
        {job_type::full_time, "Full-time"},
        {job_type::part_time, "Part-time"},
        {job_type::contract, "Contract"},
        {job_type::internship, "Internship"},
        {job_type::freelance, "Freelance"},
    }};
};

// WorkMode
enum class work_mode { remote, hybrid, on_site };
template <>
struct enum_strings<work_mode> {
    static constexpr std::array<std::pair<work_mode, std::string_view>, 3> values{{
        {work_mode::remote, "Remote"},
        {work_mode::hybrid, "Hybrid"},
        {work_mode::on_site, "On-site"},
    }};
};

// Priority
enum class priority { high, medium, low };
template <>
struct enum_strings<priority> {
    static constexpr std::array<std::pair<priority, std::string_view>, 3> values{{
        {priority::high, "High"},
        {priority::medium, "Medium"},
        {priority::low, "Low"},
    }};
};

// Source
enum class source { linkedin, indeed, glassdoor, company_website, referral, job_board, recruiter, networking, career_fair, other };
template <>
struct enum_strings<source> {
    static constexpr std::array<std::pair<source, std::string_view>, 10> values{{
        {source::linkedin, "LinkedIn"},
        {source::indeed, "Indeed"},
        {source::glassdoor, "Glassdoor"},
        {source::company_website, "Company Website"},
        {source::referral, "Referral"},
        {source::job_board, "Job Board"},
        {source::recruiter, "Recruiter"},
        {source::networking, "Networking"},
        {source::career_fair, "Career Fair"},
        {source::other, "Other"},
    }};
};

// Outcome status (a subset of ApplicationStatus)
enum class outcome_status { offer, rejected, withdrawn };
template <>
struct enum_strings<outcome_status> {
    static constexpr std::array<std::pair<outcome_status, std::string_view>, 3> values{{
        {outcome_status::offer, "Offer"},
        {outcome_status::rejected, "Rejected"},
        {outcome_status::withdrawn, "Withdrawn"},
    }};
};

// ContactType
enum class contact_type { recruiter, hiring_manager, referral, hr, peer, other };
template <>
struct enum_strings<contact_type> {
    static constexpr std::array<std::pair<contact_type, std::string_view>, 6> values{{
        {contact_type::recruiter, "Recruiter"},
        {contact_type::hiring_manager, "Hiring Manager"},
        {contact_type::referral, "Referral"},
        {contact_type::hr, "HR"},
        {contact_type::peer, "Peer"},
        {contact_type::other, "Other"},
    }};
};

// DocumentType
enum class document_type { resume, cover_letter, portfolio, reference, other };
template <>
struct enum_strings<document_type> {
    static constexpr std::array<std::pair<document_type, std::string_view>, 5> values{{
        {document_type::resume, "Resume"},
        {document_type::cover_letter, "Cover Letter"},
        {document_type::portfolio, "Portfolio"},
        {document_type::reference, "Reference"},
        {document_type::other, "Other"},
    }};
};

// ReminderType
enum class reminder_type { follow_up, deadline, interview, general };
template <>
struct enum_strings<reminder_type> {
    static constexpr std::array<std::pair<reminder_type, std::string_view>, 4> values{{
        {reminder_type::follow_up, "Follow-up"},
        {reminder_type::deadline, "Deadline"},
        {reminder_type::interview, "Interview"},
        {reminder_type::general, "General"},
    }};
};

// Saved job status
enum class saved_job_status { active, archived, converted };
template <>
struct enum_strings<saved_job_status> {
    static constexpr std::array<std::pair<saved_job_status, std::string_view>, 3> values{{
        {saved_job_status::active, "Active"},
        {saved_job_status::archived, "Archived"},
        {saved_job_status::converted, "Converted"},
    }};
};

// PostType
enum class post_type { update, tip, milestone, question, resource, celebration };
template <>
struct enum_strings<post_type> {
    static constexpr std::array<std::pair<post_type, std::string_view>, 6> values{{
        {post_type::update, "Update"},
        {post_type::tip, "Tip"},
        {post_type::milestone, "Milestone"},
        {post_type::question, "Question"},
        {post_type::resource, "Resource"},
        {post_type::celebration, "Celebration"},
    }};
};

// ReactionType
enum class reaction_type { like, celebrate, support, insightful };
template <>
struct enum_strings<reaction_type> {
    static constexpr std::array<std::pair<reaction_type, std::string_view>, 4> values{{
        {reaction_type::like, "Like"},
        {reaction_type::celebrate, "Celebrate"},
        {reaction_type::support, "Support"},
        {reaction_type::insightful, "Insightful"},
    }};
};

// GroupRole
enum class group_role { admin, member };
template <>
struct enum_strings<group_role> {
    static constexpr std::array<std::pair<group_role, std::string_view>, 2> values{{
        {group_role::admin, "admin"},
        {group_role::member, "member"},
    }};
};

// ProfileVisibility
enum class profile_visibility { private_, followers, groups, public_ };
template <>
struct enum_strings<profile_visibility> {
    static constexpr std::array<std::pair<profile_visibility, std::string_view>, 4> values{{
        {profile_visibility::private_, "private"},
        {profile_visibility::followers, "followers"},
        {profile_visibility::groups, "groups"},
        {profile_visibility::public_, "public"},
    }};
};

}  // namespace offertracker::domain
