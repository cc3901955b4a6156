// Tests load_or_create_secret: creation, reuse, file mode, rejection of short files, concurrent first starts.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "file_modes.hpp"
#include "secret_file.hpp"

using namespace offertracker::app;

namespace {

// A fresh directory under the system temp dir, removed with the object. data() is a subdirectory
// that does not exist yet, so tests also cover mkdir -p.
class temp_dir {
public:
    temp_dir() {
        std::random_device random;
        root_ = std::filesystem::temp_directory_path() / ("offertracker-secret-test-" + std::to_string(random()));
        std::filesystem::create_directories(root_);
    }
    ~temp_dir() { std::filesystem::remove_all(root_); }
    [[nodiscard]] std::filesystem::path data() const { return root_ / "nested" / "data"; }

private:
    std::filesystem::path root_;
};

std::function<std::string()> fixed(std::string value) {
    return [value = std::move(value)] { return value; };
}

std::string const secret_a(43, 'a');

// Writes an existing secret file as an operator would, owner-only unless told otherwise.
void write_secret_file(std::filesystem::path const& path, std::string const& content,
                       std::filesystem::perms mode = std::filesystem::perms::owner_read | std::filesystem::perms::owner_write) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << content;
    std::filesystem::permissions(path, mode);
}

}  // namespace

TEST_CASE("a missing secret is generated, written with mode 0600 and reused", "[app][secret]") {
    temp_dir const dir;
    auto const first = load_or_create_secret(dir.data(), fixed(secret_a));
    CHECK(first.created);
    CHECK(first.secret == secret_a);
    CHECK(first.path == dir.data() / "token_secret");

    struct stat info {};
    REQUIRE(::stat(first.path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    int generator_calls = 0;
    auto const second = load_or_create_secret(dir.data(), [&] {
        ++generator_calls;
        return std::string(50, 'z');
    });
    CHECK_FALSE(second.created);
    CHECK(second.secret == secret_a);
    CHECK(generator_calls == 0);

    // No temporary files are left behind.
    std::size_t entries = 0;
    for ([[maybe_unused]] auto const& entry : std::filesystem::directory_iterator(dir.data())) ++entries;
    CHECK(entries == 1);
}

TEST_CASE("an existing secret file is read and trimmed", "[app][secret]") {
    temp_dir const dir;
    write_secret_file(dir.data() / "token_secret", "  " + secret_a + "\n\n");
    auto const loaded = load_or_create_secret(dir.data(), fixed(std::string(40, 'x')));
    CHECK_FALSE(loaded.created);
    CHECK(loaded.secret == secret_a);
}

TEST_CASE("a secret file that is too short is an error that names the file, not the secret", "[app][secret]") {
    temp_dir const dir;
    write_secret_file(dir.data() / "token_secret", "too-short-secret\n");
    try {
        (void)load_or_create_secret(dir.data(), fixed(secret_a));
        FAIL("expected secret_file_error");
    } catch (secret_file_error const& error) {
        std::string const message = error.what();
        CHECK(message.find("token_secret") != std::string::npos);
        CHECK(message.find("too-short-secret") == std::string::npos);
    }
}

TEST_CASE("a secret file open to group or others is refused with the chmod that fixes it", "[app][secret]") {
    namespace fs = std::filesystem;
    temp_dir const dir;
    auto const path = dir.data() / "token_secret";
    for (auto const mode : {fs::perms(0644), fs::perms(0640), fs::perms(0604), fs::perms(0620)}) {
        INFO("mode " << static_cast<unsigned>(mode));
        write_secret_file(path, secret_a + "\n", mode);
        try {
            (void)load_or_create_secret(dir.data(), fixed(std::string(40, 'x')));
            FAIL("expected secret_file_error");
        } catch (secret_file_error const& error) {
            std::string const message = error.what();
            CHECK(message.find("chmod 600 " + path.string()) != std::string::npos);
            CHECK(message.find(secret_a) == std::string::npos);
        }
        // Refused, not replaced: the operator's file stays as it was.
        std::ifstream in(path);
        CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == secret_a + "\n");
    }
    write_secret_file(path, secret_a + "\n", fs::perms(0400));
    CHECK(load_or_create_secret(dir.data(), fixed(std::string(40, 'x'))).secret == secret_a);
}

TEST_CASE("a generated secret's new data dir is owner-only, whatever the umask", "[app][secret][modes]") {
    offertracker::test::scoped_umask const permissive(022);
    temp_dir const dir;
    auto const loaded = load_or_create_secret(dir.data(), fixed(secret_a));
    CHECK(offertracker::test::permissions_of(dir.data()) == 0700);
    CHECK(offertracker::test::permissions_of(dir.data().parent_path()) == 0700);
    CHECK(offertracker::test::permissions_of(loaded.path) == 0600);
}

TEST_CASE("a generator returning too little is refused and writes nothing", "[app][secret]") {
    temp_dir const dir;
    CHECK_THROWS_AS(load_or_create_secret(dir.data(), fixed("abc")), secret_file_error);
    CHECK_FALSE(std::filesystem::exists(dir.data() / "token_secret"));
}

TEST_CASE("an unwritable data dir is an error", "[app][secret]") {
    if (::geteuid() == 0) return;  // root ignores permission bits
    temp_dir const dir;
    std::filesystem::create_directories(dir.data());
    std::filesystem::permissions(dir.data(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    CHECK_THROWS_AS(load_or_create_secret(dir.data(), fixed(secret_a)), secret_file_error);
    std::filesystem::permissions(dir.data(), std::filesystem::perms::owner_all);
}

TEST_CASE("concurrent first starts agree on one secret", "[app][secret]") {
    for (int round = 0; round < 20; ++round) {
        temp_dir const dir;
        constexpr int contenders = 8;
        std::vector<loaded_secret> results(contenders);
        std::vector<std::string> failures(contenders);
        std::atomic<int> ready{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < contenders; ++i) {
            threads.emplace_back([&, i] {
                ++ready;
                while (ready.load() < contenders) std::this_thread::yield();
                try {
                    results[i] = load_or_create_secret(dir.data(), fixed(std::string(40, static_cast<char>('a' + i))));
                } catch (std::exception const& error) {
                    failures[i] = error.what();
                }
            });
        }
        for (auto& thread : threads) thread.join();

        std::set<std::string> secrets;
        int created = 0;
        for (int i = 0; i < contenders; ++i) {
            INFO("contender " << i << ": " << failures[i]);
            REQUIRE(failures[i].empty());
            secrets.insert(results[i].secret);
            created += results[i].created ? 1 : 0;
        }
        CHECK(secrets.size() == 1);
        CHECK(created == 1);
    }
}
