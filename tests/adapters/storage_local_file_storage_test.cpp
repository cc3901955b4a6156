// Tests of local_file_storage on real files in a fresh temporary directory.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <offertracker/adapters/storage/local_file_storage.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "file_modes.hpp"

using offertracker::adapters::storage::local_file_storage;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed with everything in it at scope exit.
class temp_dir {
public:
    temp_dir() {
        std::random_device random;
        path_ = fs::temp_directory_path() /
                ("offertracker-storage-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
        fs::create_directories(path_);
    }
    temp_dir(const temp_dir&) = delete;
    temp_dir& operator=(const temp_dir&) = delete;
    ~temp_dir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

std::size_t count_files(const fs::path& root) {
    std::size_t n = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        n += entry.is_regular_file() ? 1 : 0;
    }
    return n;
}

}  // namespace

TEST_CASE("local storage creates its root", "[storage]") {
    temp_dir dir;
    const fs::path root = dir.path() / "nested" / "files";
    REQUIRE_FALSE(fs::exists(root));
    local_file_storage storage(root);
    CHECK(fs::is_directory(root));

    // A root that is a file cannot be used.
    std::ofstream(dir.path() / "plain-file") << "x";
    CHECK_THROWS_AS(local_file_storage(dir.path() / "plain-file"), offertracker::ports::storage_error);
}

TEST_CASE("local storage keeps uploads owner-only under a permissive umask", "[storage][modes]") {
    using offertracker::test::permissions_of;
    const offertracker::test::scoped_umask permissive(022);
    temp_dir dir;
    const fs::path root = dir.path() / "data" / "uploads";
    local_file_storage storage(root);
    storage.put("u1/cv.pdf", "%PDF-1.7", "application/pdf");
    storage.put("u1/cv.pdf", "%PDF-1.7 replaced", "application/pdf");  // the replacement too

    CHECK(permissions_of(dir.path() / "data") == 0700);
    CHECK(permissions_of(root) == 0700);
    CHECK(permissions_of(root / "u1") == 0700);
    CHECK(permissions_of(root / "u1" / "cv.pdf") == 0600);

    // A directory that already exists keeps the mode its operator gave it.
    fs::create_directories(dir.path() / "shared");
    fs::permissions(dir.path() / "shared", fs::perms(0750));
    local_file_storage existing(dir.path() / "shared");
    CHECK(permissions_of(dir.path() / "shared") == 0750);
}

TEST_CASE("local storage put, get, replace, remove", "[storage]") {
    temp_dir dir;
    local_file_storage storage(dir.path());

    CHECK_FALSE(storage.get("resumes/u1/cv.pdf").has_value());

    storage.put("resumes/u1/cv.pdf", "%PDF-1.7 first", "application/pdf");
    auto stored = storage.get("resumes/u1/cv.pdf");
    REQUIRE(stored.has_value());
    CHECK(stored->content == "%PDF-1.7 first");
    CHECK(stored->content_type == "application/pdf");

    storage.put("resumes/u1/cv.pdf", "plain text now", "text/plain; charset=utf-8");
    stored = storage.get("resumes/u1/cv.pdf");
    REQUIRE(stored.has_value());
    CHECK(stored->content == "plain text now");
    CHECK(stored->content_type == "text/plain; charset=utf-8");

    // Neighbours are independent.
    storage.put("resumes/u1/cover.txt", "hello", "text/plain");
    storage.remove("resumes/u1/cv.pdf");
    CHECK_FALSE(storage.get("resumes/u1/cv.pdf").has_value());
    REQUIRE(storage.get("resumes/u1/cover.txt").has_value());
    CHECK(storage.get("resumes/u1/cover.txt")->content == "hello");

    // Removing what is absent is a no-op, including under a missing directory.
    CHECK_NOTHROW(storage.remove("resumes/u1/cv.pdf"));
    CHECK_NOTHROW(storage.remove("nowhere/at/all"));

    // Only the stored files remain: no temporary files are left behind.
    CHECK(count_files(dir.path()) == 1);
}

TEST_CASE("local storage keeps binary content and content types exactly", "[storage]") {
    temp_dir dir;
    local_file_storage storage(dir.path());

    std::string binary;
    for (int i = 0; i < 256; ++i) {
        binary += static_cast<char>(i);
    }
    binary += "\n\r\n\0tail";
    storage.put("bin", binary, "application/octet-stream");
    storage.put("empty", "", "");
    storage.put("header-like", "offertracker-file/1 fake\nline", "text/x-weird");
    const std::string big(3 * 1024 * 1024 + 7, 'z');
    storage.put("big.dat", big, "application/x-big");

    CHECK(storage.get("bin")->content == binary);
    CHECK(storage.get("bin")->content_type == "application/octet-stream");
    CHECK(storage.get("empty")->content.empty());
    CHECK(storage.get("empty")->content_type.empty());
    CHECK(storage.get("header-like")->content == "offertracker-file/1 fake\nline");
    CHECK(storage.get("header-like")->content_type == "text/x-weird");
    CHECK(storage.get("big.dat")->content == big);

    // A second instance on the same root sees the same files (nothing lives only in memory).
    local_file_storage again(dir.path());
    CHECK(again.get("bin")->content == binary);
}

TEST_CASE("local storage rejects bad keys and content types", "[storage]") {
    temp_dir dir;
    local_file_storage storage(dir.path());

    const std::string bad_keys[] = {
        "",
        "/abs",
        "/etc/passwd",
        "..",
        "../escape",
        "a/../../escape",
        "a/..",
        ".",
        "a/./b",
        "a//b",
        "a/",
        "a\\b",
        "..\\escape",
        std::string("a\0b", 3),
        "a b",
        "a:b",
        "caf\xc3\xa9",
        "~user",
        std::string(local_file_storage::max_segment_size + 1, 'x'),
        [] {
            std::string key;
            while (key.size() <= local_file_storage::max_key_size) key += "abcdefgh/";
            return key + "x";
        }(),
    };
    for (const auto& key : bad_keys) {
        INFO("key: " << key);
        CHECK_THROWS_AS(storage.put(key, "x", "text/plain"), std::invalid_argument);
        CHECK_THROWS_AS(storage.get(key), std::invalid_argument);
        CHECK_THROWS_AS(storage.remove(key), std::invalid_argument);
    }
    // Nothing was written anywhere, inside or outside the root.
    CHECK(count_files(dir.path()) == 0);
    CHECK_FALSE(fs::exists(dir.path().parent_path() / "escape"));

    // Boundary keys that are valid.
    CHECK_NOTHROW(storage.put("a.b_c-D9/..x/x..", "ok", "text/plain"));
    CHECK(storage.get("a.b_c-D9/..x/x..")->content == "ok");
    CHECK_NOTHROW(storage.put(std::string(local_file_storage::max_segment_size, 'y'), "ok", "text/plain"));

    CHECK_THROWS_AS(storage.put("k", "x", "text/plain\nX-Injected: 1"), std::invalid_argument);
    CHECK_THROWS_AS(storage.put("k", "x", std::string("text\0plain", 10)), std::invalid_argument);
    CHECK_THROWS_AS(storage.put("k", "x", std::string(256, 't')), std::invalid_argument);
    CHECK_FALSE(storage.get("k").has_value());
}

TEST_CASE("local storage reports conflicts and corrupt files as storage errors", "[storage]") {
    temp_dir dir;
    local_file_storage storage(dir.path());

    storage.put("a/b", "child", "text/plain");
    // "a" is a directory of keys: no file under it, and none can be put there.
    CHECK_FALSE(storage.get("a").has_value());
    CHECK_NOTHROW(storage.remove("a"));
    CHECK_THROWS_AS(storage.put("a", "x", "text/plain"), offertracker::ports::storage_error);
    // "a/b" is a file, so "a/b/c" can neither exist nor be created.
    CHECK_FALSE(storage.get("a/b/c").has_value());
    CHECK_NOTHROW(storage.remove("a/b/c"));
    CHECK_THROWS_AS(storage.put("a/b/c", "x", "text/plain"), offertracker::ports::storage_error);
    CHECK(storage.get("a/b")->content == "child");
    // Failed puts leave no temporary files behind.
    CHECK(count_files(dir.path()) == 1);

    std::ofstream(dir.path() / "foreign") << "no header here";
    CHECK_THROWS_AS(storage.get("foreign"), offertracker::ports::storage_error);
}

TEST_CASE("local storage readers never see a partial write", "[storage]") {
    temp_dir dir;
    local_file_storage storage(dir.path());
    const std::string first(200000, 'a');
    const std::string second(300000, 'b');
    storage.put("shared/doc", first, "text/a");

    std::atomic<bool> stop{false};
    std::atomic<int> bad{0};
    std::atomic<int> reads{0};
    std::thread reader([&] {
        while (!stop) {
            const auto file = storage.get("shared/doc");
            const bool ok = file && ((file->content == first && file->content_type == "text/a") ||
                                     (file->content == second && file->content_type == "text/b"));
            bad += ok ? 0 : 1;
            ++reads;
        }
    });
    std::vector<std::thread> writers;
    for (int w = 0; w < 2; ++w) {
        writers.emplace_back([&] {
            for (int i = 0; i < 20; ++i) {
                storage.put("shared/doc", i % 2 ? first : second, i % 2 ? "text/a" : "text/b");
            }
        });
    }
    for (auto& writer : writers) {
        writer.join();
    }
    stop = true;
    reader.join();
    CHECK(reads > 0);
    CHECK(bad == 0);
    CHECK(count_files(dir.path()) == 1);
}
