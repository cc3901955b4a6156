// The multipart routes: /agent/jobs/from_req (job_req, notes) and /agent/candidates/from_resume (resume, notes) with
// TXT, DOCX and PDF files generated here, possible duplicates, and the files that cannot be read (400) or are missing
// (422).
#include "recruiting_routes.hpp"

using namespace offertracker::recruiting_test;

namespace {

struct file_kind {
    std::string name;  // the format, for the section
    std::string filename;
    std::string content_type;
    std::function<std::string(const std::vector<std::string>&)> make;
};

const std::vector<file_kind>& kinds() {
    static const std::vector<file_kind> list{
        {"txt", "job_description.txt", std::string(txt_type), [](const auto& lines) { return text_of(lines); }},
        {"docx", "job_description.docx", std::string(docx_type), [](const auto& lines) { return docx_of(lines); }},
        {"pdf", "job_description.pdf", std::string(pdf_type), [](const auto& lines) { return pdf_of(lines); }},
    };
    return list;
}

const std::vector<std::string> job_req_lines{
    "Senior Backend Engineer",
    "Location: New York, NY",
    "Employment type: Full-time",
    "Remote option: Hybrid",
    "Salary: $150,000 - $190,000 USD",
    "Must have: Python, FastAPI, PostgreSQL",
    "We build the platform recruiters use every day.",
};

std::vector<std::string> resume_lines(const std::string& email) {
    return {"Jane Doe",
            email + " | +1 415 555 0100",
            "https://linkedin.com/in/janedoe",
            "Staff Engineer at TechCorp",
            "San Francisco, CA",
            "8 years of experience building distributed systems in Python and PostgreSQL.",
            "Skills: Python, FastAPI, PostgreSQL, Kubernetes"};
}

std::string with_extension(const std::string& filename, const std::string& stem) {
    return stem + filename.substr(filename.rfind('.'));
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

TEST_CASE("recruiting uploads: from_req creates a job from a TXT, DOCX or PDF job req", "[recruiting][uploads]") {
    for (const auto& kind : kinds()) {
        DYNAMIC_SECTION(kind.name) {
            for_each_engine([&](recruiting_server& s) {
                const auto admin = s.register_org("founder");
                const auto r = s.upload("/agent/jobs/from_req",
                                        {{"job_req", kind.make(job_req_lines), kind.filename, kind.content_type},
                                         {"notes", "This is for our New York office.", std::nullopt, ""}},
                                        admin.token);
                INFO(r.raw);
                REQUIRE(r.status == 200);
                CHECK(sorted_keys(r.body) == sorted({"filename", "job", "summary"}));
                CHECK(str(r["filename"]) == kind.filename);
                const auto& job = r["job"];
                CHECK(sorted_keys(job) == job_keys);
                CHECK(str(job.at("title")) == "Senior Backend Engineer");
                CHECK(str(job.at("location")) == "New York, NY");
                CHECK(str(job.at("employment_type")) == "Full-time");
                CHECK(str(job.at("remote_option")) == "Hybrid");
                CHECK(int_of(job.at("salary_min")) == 150000);
                CHECK(int_of(job.at("salary_max")) == 190000);
                CHECK(str(job.at("currency")) == "USD");
                const auto skills = strings_of(job.at("required_skills"));
                CHECK(has(skills, "Python"));
                CHECK(has(skills, "FastAPI"));
                CHECK(has(skills, "PostgreSQL"));
                CHECK(str(job.at("status")) == "open");
                CHECK(int_of(job.at("created_by_user_id")) == admin.id);
                CHECK(contains(str(job.at("description")), "This is for our New York office."));
                const std::string summary = str(r["summary"]);
                CHECK(summary.rfind("I've created a new job from the uploaded file '" + kind.filename + "'", 0) == 0);
                CHECK(contains(summary, "Job #" + std::to_string(id_of(job)) + ": Senior Backend Engineer"));
                CHECK(s.get("/jobs/" + std::to_string(id_of(job)), admin.token).body == job);
                // notes are optional.
                const auto bare = s.upload("/agent/jobs/from_req",
                                           {{"job_req", kind.make(job_req_lines), kind.filename, kind.content_type}},
                                           admin.token);
                INFO(bare.raw);
                CHECK(bare.status == 200);
                CHECK(int_of(s.get("/jobs", admin.token)["total"]) == 2);
            });
        }
    }
}

TEST_CASE("recruiting uploads: from_resume creates a candidate from a TXT, DOCX or PDF resume", "[recruiting][uploads]") {
    for (const auto& kind : kinds()) {
        DYNAMIC_SECTION(kind.name) {
            for_each_engine([&](recruiting_server& s) {
                const auto admin = s.register_org("founder");
                const std::string filename = with_extension(kind.filename, "jane_doe_resume");
                const auto r = s.upload("/agent/candidates/from_resume",
                                        {{"resume", kind.make(resume_lines("jane.doe@mail.example")), filename,
                                          kind.content_type},
                                         {"notes", "Strong Python + distributed systems background.", std::nullopt, ""}},
                                        admin.token);
                INFO(r.raw);
                REQUIRE(r.status == 200);
                CHECK(sorted_keys(r.body) == sorted({"candidate", "summary", "possible_duplicates"}));
                const auto& c = r["candidate"];
                CHECK(sorted_keys(c) == candidate_keys);
                CHECK(str(c.at("full_name")) == "Jane Doe");
                CHECK(str(c.at("email")) == "jane.doe@mail.example");
                CHECK(str(c.at("linkedin_url")) == "https://linkedin.com/in/janedoe");
                CHECK(str(c.at("current_title")) == "Staff Engineer");
                CHECK(str(c.at("current_company")) == "TechCorp");
                CHECK(int_of(c.at("experience_years")) == 8);
                CHECK(has(strings_of(c.at("skills")), "Python"));
                CHECK(contains(str(c.at("notes")),
                               "Additional recruiter notes: Strong Python + distributed systems background."));
                CHECK(int_of(c.at("org_id")) == admin.org_id);
                CHECK(r["possible_duplicates"] == json::value(json::array{}));
                CHECK(str(r["summary"]).rfind("Created candidate #" + std::to_string(id_of(c)) + ": Jane Doe", 0) == 0);
                CHECK(s.get("/candidates/" + std::to_string(id_of(c)), admin.token).body == c);

                // A second resume with the same email (in another case) is still created, and names the first.
                const auto again = s.upload("/agent/candidates/from_resume",
                                            {{"resume", kind.make(resume_lines("Jane.Doe@Mail.Example")), filename,
                                              kind.content_type}},
                                            admin.token);
                INFO(again.raw);
                REQUIRE(again.status == 200);
                CHECK(id_of(again["candidate"]) != id_of(c));
                CHECK(again["possible_duplicates"] == json::value(json::array{id_of(c)}));
                CHECK(int_of(s.get("/candidates", admin.token)["total"]) == 2);
            });
        }
    }
}

TEST_CASE("recruiting uploads: a file that cannot be read is 400 {\"detail\": ...}; a missing part is 422",
          "[recruiting][uploads][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        auto expect_400 = [&](const std::string& route, const std::string& part, const std::string& data,
                              const std::string& filename, const std::string& type) {
            INFO(route << " " << filename << " (" << type << ")");
            const auto r = s.upload(route, {{part, data, filename, type}}, admin.token);
            INFO(r.raw);
            CHECK(r.status == 400);
            CHECK(keys_of(r.body) == std::vector<std::string>{"detail"});
            CHECK(r["detail"].is_string());
            CHECK_FALSE(str(r["detail"]).empty());
        };
        const std::string pdf = pdf_of({"Jane Doe"});
        for (const auto& [route, part] : std::vector<std::pair<std::string, std::string>>{
                 {"/agent/jobs/from_req", "job_req"}, {"/agent/candidates/from_resume", "resume"}}) {
            // Corrupt: a PDF header and nothing readable after it, and a real PDF cut in half.
            expect_400(route, part, "%PDF-1.7\n1 0 obj << /Type /Catalog garbage", "cv.pdf", std::string(pdf_type));
            expect_400(route, part, pdf.substr(0, pdf.size() / 2), "cv.pdf", std::string(pdf_type));
            expect_400(route, part, "PK\x03\x04 not really a zip", "cv.docx", std::string(docx_type));
            // Unsupported types.
            expect_400(route, part, "\x89PNG\r\n\x1a\n", "cv.png", "image/png");
            expect_400(route, part, "\xd0\xcf\x11\xe0 old word", "cv.doc", "application/msword");
            // The declared type, the extension and the bytes must agree.
            expect_400(route, part, pdf, "cv.txt", std::string(txt_type));
            expect_400(route, part, "plain words", "cv.pdf", std::string(pdf_type));
            // Nothing to read.
            expect_400(route, part, "", "cv.txt", std::string(txt_type));

            // The file part is required: absent, under another name, or a plain field.
            check_422(s.upload(route, {{"notes", "just notes", std::nullopt, ""}}, admin.token), {"body", part},
                      "missing", "Field required");
            check_422(s.upload(route, {{"file", "Jane Doe", std::string("cv.txt"), std::string(txt_type)}}, admin.token),
                      {"body", part}, "missing");
            check_422_at(s.upload(route, {{part, "Jane Doe", std::nullopt, ""}}, admin.token), {"body", part});
            // Notes and file names are text: invalid UTF-8 is refused, never stored or echoed.
            const auto bad_notes = s.upload(route, {{part, "Jane Doe\nPython", std::string("cv.txt"), std::string(txt_type)},
                                                    {"notes", "caf\xe9 \xff", std::nullopt, ""}},
                                            admin.token);
            INFO(bad_notes.raw);
            check_422_at(bad_notes, {"body", "notes"});
            const auto bad_name = s.upload(route, {{part, "Jane Doe\nPython", std::string("cv\xff.txt"),
                                                    std::string(txt_type)}},
                                           admin.token);
            INFO(bad_name.raw);
            CHECK((bad_name.status == 400 || bad_name.status == 422));
            CHECK_FALSE(bad_name.body.is_null());  // whatever it says, it is valid JSON
            // Not multipart at all: FastAPI reads an empty form, so the file part is missing.
            check_422_at(s.post(route, R"({"notes":"x"})", admin.token), {"body", part});
        }
        CHECK(int_of(s.get("/jobs", admin.token)["total"]) == 0);
        CHECK(int_of(s.get("/candidates", admin.token)["total"]) == 0);
    });
}

TEST_CASE("recruiting uploads: a file over 10 MB is 400; a body far over it is 413 unread", "[recruiting][uploads][limits]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        // Over the extractor's 10 MB but under the route's cap: the surface reads it and says why it refuses.
        const std::string big(10 * 1024 * 1024 + 1, 'a');
        const auto r = s.upload("/agent/candidates/from_resume", {{"resume", big, std::string("cv.txt"), std::string(txt_type)}},
                                admin.token);
        INFO(r.raw.substr(0, 500));
        CHECK(r.status == 400);
        CHECK(r["detail"].is_string());
        // Far over it: refused on the announced length, before any of the body is sent.
        auto c = s.connect();
        c.send_raw("POST " + std::string(prefix) + "/agent/jobs/from_req HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   "Authorization: Bearer " + admin.token + "\r\n"
                   "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " +
                   std::to_string(12 * 1024 * 1024) + "\r\n\r\n");
        const auto refused = c.read_response();
        INFO(refused.body);
        CHECK(refused.status == 413);
        // The server still answers, and nothing was created.
        CHECK(int_of(s.get("/candidates", admin.token)["total"]) == 0);
        CHECK(int_of(s.get("/jobs", admin.token)["total"]) == 0);
        // A file just over the server's default body limit (1 MiB) is fine on these routes for a member.
        std::string lines;
        while (lines.size() < 1200 * 1024) lines += "Python PostgreSQL distributed systems backend engineer.\n";
        const auto ok = s.upload("/agent/candidates/from_resume",
                                 {{"resume", "Jane Doe\n" + lines, std::string("cv.txt"), std::string(txt_type)}},
                                 admin.token);
        INFO(ok.raw.substr(0, 500));
        CHECK((ok.status == 200 || ok.status == 400));  // 400 only when the text passes the 1 MB text limit
        CHECK(ok.status != 413);
    });
}

TEST_CASE("recruiting uploads: a matching profile URL is a possible duplicate too; another org's never is",
          "[recruiting][uploads][isolation]") {
    for_each_engine([](recruiting_server& s) {
        const auto a = s.register_org("alpha");
        const auto b = s.register_org("bravo");
        auto resume = [&](const member& who, const std::string& email) {
            const auto r = s.upload("/agent/candidates/from_resume",
                                    {{"resume", text_of(resume_lines(email)), std::string("cv.txt"), std::string(txt_type)}},
                                    who.token);
            INFO(r.raw);
            REQUIRE(r.status == 200);
            return r;
        };
        const auto first = resume(a, "jane.doe@mail.example");
        // Same LinkedIn URL, another email: still a possible duplicate.
        const auto same_url = resume(a, "jane@elsewhere.example");
        CHECK(same_url["possible_duplicates"] == json::value(json::array{id_of(first["candidate"])}));
        // A candidate created through POST /candidates with the same email is found by the next upload.
        const auto posted = s.create_candidate(a, R"({"full_name":"J. Doe","email":"JANE.DOE@mail.example"})");
        const auto third = resume(a, "jane.doe@mail.example");
        const auto dups = third["possible_duplicates"].as_array();
        CHECK(std::find(dups.begin(), dups.end(), json::value(id_of(first["candidate"]))) != dups.end());
        CHECK(std::find(dups.begin(), dups.end(), json::value(id_of(posted))) != dups.end());
        CHECK(std::find(dups.begin(), dups.end(), json::value(id_of(third["candidate"]))) == dups.end());
        // Org B's identical resume matches nothing: A's candidates do not exist for B.
        const auto other = resume(b, "jane.doe@mail.example");
        CHECK(other["possible_duplicates"] == json::value(json::array{}));
        CHECK(int_of(other["candidate"].at("org_id")) == b.org_id);
    });
}
