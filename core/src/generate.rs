//! Generates large, realistic, valid plans for benchmarks and tests. The
//! text is composed from phrases found in real plans, so line breaking and
//! glyph coverage are exercised as with real content. Deterministic per seed.

use crate::model::*;

/// How big a plan to generate.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub targets: usize,
    pub tasks: usize,
    pub projects: usize,
    pub recurrent: usize,
}

impl Size {
    /// The export benchmark's plan: 77 pages, 261 with its appendices.
    pub const EXPORT_BENCH: Size = Size {
        targets: 1000,
        tasks: 500,
        projects: 50,
        recurrent: 50,
    };
    /// The large plan of the load, editor and preview benchmarks: 5.000
    /// targets, 2.000 tasks, 500 budget rows.
    pub const LARGE: Size = Size {
        targets: 5000,
        tasks: 2000,
        projects: 250,
        recurrent: 250,
    };
}

/// A small deterministic generator (xorshift64*): no dependency, same plan
/// for the same seed on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const AGENCIES: &[(&str, &str)] = &[
    ("Sở Khoa học và Công nghệ", "Sở KH&CN"),
    ("Sở Tài chính", "Sở TC"),
    ("Sở Nội vụ", "Sở NV"),
    ("Sở Y tế", "Sở YT"),
    ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
    ("Sở Công Thương", "Sở CT"),
    ("Sở Nông nghiệp và Môi trường", "Sở NN&MT"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTT&DL"),
    ("Sở Xây dựng", "Sở XD"),
    ("Sở Tư pháp", "Sở TP"),
    ("Công an tỉnh", "CA tỉnh"),
    ("Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh"),
    ("Ủy ban nhân dân các xã, phường", "UBND các xã, phường"),
    ("Các sở, ban, ngành tỉnh", "Các sở, ban, ngành"),
    ("Bảo hiểm xã hội tỉnh", "BHXH tỉnh"),
    ("Thuế tỉnh", "Thuế tỉnh"),
    ("Ngân hàng Nhà nước chi nhánh Khu vực 13", "NHNN KV13"),
    ("Báo và Phát thanh, Truyền hình Đồng Tháp", "Báo và PT-TH"),
    ("Các doanh nghiệp viễn thông", "Các DN viễn thông"),
    ("Hiệp hội Doanh nghiệp tỉnh", "Hiệp hội DN"),
];

const GROUPS: &[&str] = &[
    "NHÓM CHỈ TIÊU VỀ NHẬN THỨC SỐ",
    "NHÓM CHỈ TIÊU VỀ THỂ CHẾ SỐ",
    "NHÓM CHỈ TIÊU VỀ HẠ TẦNG SỐ",
    "NHÓM CHỈ TIÊU VỀ NHÂN LỰC SỐ",
    "NHÓM CHỈ TIÊU VỀ AN TOÀN THÔNG TIN MẠNG",
    "NHÓM CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ",
    "NHÓM CHỈ TIÊU VỀ KINH TẾ SỐ",
    "NHÓM CHỈ TIÊU VỀ XÃ HỘI SỐ",
];

const SUBJECTS: &[&str] = &[
    "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến",
    "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
    "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
    "Số lượng nền tảng số triển khai tập trung trên Trung tâm dữ liệu",
    "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số",
    "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
    "Tỷ lệ người dân có hồ sơ sức khỏe điện tử",
    "Số lượng hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ",
    "Tỷ lệ văn bản được trao đổi dưới dạng điện tử có ký số",
    "Tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn (GRDP)",
    "Tỷ lệ thủ tục hành chính được số hóa hồ sơ và kết quả giải quyết",
    "Tỷ lệ cơ sở giáo dục hoàn thiện mô hình quản trị số",
];

const QUALIFIERS: &[&str] = &[
    "trên địa bàn tỉnh",
    "của các cơ quan nhà nước thuộc tỉnh",
    "theo hướng dẫn của Bộ Khoa học và Công nghệ",
    "tại Ủy ban nhân dân các xã, phường",
    "phục vụ người dân và doanh nghiệp",
    "kết nối với Trung tâm điều hành thông minh (IOC) tỉnh",
];

const VALUES: &[&str] = &[
    "75,35%",
    "80%",
    "90% trở lên",
    "100%",
    "Duy trì",
    "Có",
    "Trên 50%",
    "0/15 điểm",
    "15/15 điểm",
    "Có (12)",
    "6/7",
    "4.380",
    "50.000",
    "Hoàn thiện",
];

const TASK_VERBS: &[&str] = &[
    "Triển khai",
    "Xây dựng",
    "Nâng cấp",
    "Hoàn thiện",
    "Tổ chức",
    "Rà soát, sửa đổi",
    "Hướng dẫn, đôn đốc",
    "Tuyên truyền, phổ biến",
];

const TASK_OBJECTS: &[&str] = &[
    "hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
    "kho dữ liệu dùng chung và nền tảng dữ liệu mở",
    "nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)",
    "chương trình \"Bình dân học vụ số\" cho người dân",
    "mô hình bệnh viện thông minh và bệnh án điện tử",
    "hạ tầng mạng di động 5G và băng rộng cáp quang",
    "giải pháp bảo đảm an toàn thông tin theo mô hình 4 lớp",
    "cơ sở dữ liệu đất đai và bản đồ số dùng chung",
];

const DEADLINES: &[&str] = &[
    "Cuối năm {năm}",
    "Tháng 06/{năm}",
    "Quý III/{năm}",
    "Thường xuyên",
    "Năm {năm} - 2030",
];

fn sentence(rng: &mut Rng, min_words: usize) -> String {
    let mut s = format!("{} {}", rng.pick(SUBJECTS), rng.pick(QUALIFIERS));
    while s.split_whitespace().count() < min_words {
        s.push_str(", ");
        s.push_str(rng.pick(QUALIFIERS));
    }
    s
}

fn agency_keys(rng: &mut Rng, plan: &Plan, max: usize) -> Vec<String> {
    let n = 1 + rng.below(max);
    let mut keys: Vec<String> = Vec::new();
    for _ in 0..n {
        let k = plan.agencies[rng.below(plan.agencies.len())].key.clone();
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys
}

/// A valid plan of the given size for `year`.
pub fn plan(size: Size, year: i32, seed: u64) -> Plan {
    let mut rng = Rng(seed.max(1));
    let mut p = Plan::new(year);
    p.meta.title = Rich::new("Chuyển đổi số tỉnh Đồng Tháp năm {năm}");
    p.signature = Signature {
        on_behalf: "TM. ỦY BAN NHÂN DÂN".into(),
        deputy_for: "KT. CHỦ TỊCH".into(),
        title: "PHÓ CHỦ TỊCH".into(),
        name: "Nguyễn Văn An".into(),
    };
    p.recipients = vec![
        "Bộ Khoa học và Công nghệ (báo cáo)".into(),
        "CT và các PCT UBND tỉnh".into(),
        "Các sở, ban, ngành tỉnh".into(),
        "Lưu: VT, KGVX".into(),
    ];
    for (name, short) in AGENCIES {
        let key = agency::key_for(name, &p.agencies);
        p.agencies.push(Agency {
            key,
            name: (*name).into(),
            short: (*short).into(),
        });
    }
    p.preamble = vec![Rich::new(
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;",
    )];

    // Targets: spread over the eight DTI groups.
    let groups = GROUPS.len().min(size.targets.max(1));
    for (g, name) in GROUPS.iter().take(groups).enumerate() {
        let count = size.targets / groups + usize::from(g < size.targets % groups);
        let mut group = TargetGroup {
            name: (*name).into(),
            ..Default::default()
        };
        for _ in 0..count {
            let words = 10 + rng.below(20);
            let t = Target {
                name: Rich::new(sentence(&mut rng, words)),
                baseline: rng.pick(VALUES).into(),
                target: rng.pick(VALUES).into(),
                lead: agency_keys(&mut rng, &p, 2),
                coordinating: agency_keys(&mut rng, &p, 3),
                note: if rng.below(4) == 0 {
                    Rich::new("Triển khai theo hướng dẫn của Bộ")
                } else {
                    Rich::default()
                },
                ..Default::default()
            };
            group.targets.push(t);
        }
        p.targets.push(group);
    }

    // Tasks: groups of about 25, every fifth task with two subtasks.
    let mut left = size.tasks;
    let mut gi = 0;
    while left > 0 {
        let mut group = TaskGroup {
            name: Rich::new(format!("NHÓM NHIỆM VỤ {}", gi + 1)),
            ..Default::default()
        };
        while left > 0 && group.tasks.len() < 25 {
            let mut task = task(&mut rng, &p);
            left -= 1;
            if group.tasks.len() % 5 == 4 {
                for _ in 0..2.min(left) {
                    task.subtasks.push(self::task(&mut rng, &p));
                    left -= 1;
                }
            }
            group.tasks.push(task);
        }
        p.tasks.push(group);
        gi += 1;
    }

    for i in 0..size.projects {
        let start = year - rng.below(3) as i32;
        let total = 2_000 + rng.below(60_000) as i64;
        let capital = 100 + rng.below(total as usize / 2) as i64;
        p.budget.investment.push(Project {
            name: Rich::new(format!(
                "{} {} (giai đoạn {})",
                rng.pick(TASK_VERBS),
                rng.pick(TASK_OBJECTS),
                i + 1
            )),
            investor: agency_keys(&mut rng, &p, 1),
            total: Money::from_millions(total),
            start_year: Some(start),
            end_year: Some(year + rng.below(2) as i32),
            capital: Money::from_millions(capital),
            status: if start < year {
                ProjectStatus::Continuing
            } else {
                ProjectStatus::New
            },
            note: Rich::default(),
            ..Default::default()
        });
    }
    for _ in 0..size.recurrent {
        p.budget.recurrent.push(RecurrentItem {
            name: Rich::new(format!("Duy trì, vận hành {}", rng.pick(TASK_OBJECTS))),
            unit: agency_keys(&mut rng, &p, 1),
            amount: Money::from_thousands(500 * (20 + rng.below(10_000) as i64)),
            source: rng.pick(&["SNKT", "QLNN", "Sự nghiệp GD&ĐT"]).into(),
            ..Default::default()
        });
    }

    // The body lists every target group as bullets (as the 2024 plan does)
    // and one paragraph per task group, so a large plan has a long body too.
    p.assign_ids();
    let mut goals = vec![Block::Paragraph(Rich::new(
        "Phấn đấu năm {năm}, tỉnh Đồng Tháp thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước về chỉ số chuyển đổi số (DTI)^[Theo Quyết định công bố Bộ chỉ số DTI năm {năm-1} của Bộ Khoa học và Công nghệ.]; chi tiết các chỉ tiêu tại {pl:chi-tieu} kèm theo.",
    ))];
    for g in &p.targets {
        goals.push(Block::Section(Section {
            title: Rich::new(crate::model::format::sentence_case(g.name.as_str())),
            blocks: vec![Block::Targets(TargetList { group: g.id })],
            ..Default::default()
        }));
    }
    let mut duties = Vec::new();
    for g in &p.tasks {
        let names: Vec<&str> = g.tasks.iter().map(|t| t.name.as_str()).collect();
        duties.push(Block::Section(Section {
            title: Rich::new(crate::model::format::sentence_case(g.name.as_str())),
            blocks: vec![Block::Paragraph(Rich::new(format!(
                "{}.",
                names.join("; ")
            )))],
            ..Default::default()
        }));
    }
    p.body = vec![
        Block::Section(Section {
            title: "MỤC TIÊU".into(),
            blocks: goals,
            ..Default::default()
        }),
        Block::Section(Section {
            title: "NHIỆM VỤ".into(),
            blocks: duties,
            ..Default::default()
        }),
        Block::Section(Section {
            title: "KINH PHÍ THỰC HIỆN".into(),
            blocks: vec![
                Block::Paragraph(Rich::new("Tổng kinh phí: {kp:tổng}. Trong đó:")),
                Block::Bullet(Rich::new(
                    "Vốn đầu tư công: {kp:đầu tư} (Chi tiết {pl:dau-tu} kèm theo);",
                )),
                Block::Bullet(Rich::new(
                    "Vốn chi thường xuyên: {kp:thường xuyên} (Chi tiết {pl:thuong-xuyen} kèm theo).",
                )),
            ],
            ..Default::default()
        }),
        Block::Paragraph(Rich::new(
            "Trên đây là Kế hoạch chuyển đổi số tỉnh Đồng Tháp năm {năm}./.",
        )),
    ];
    p.appendices = vec![
        Appendix {
            key: "chi-tieu".into(),
            title: "CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM {năm}".into(),
            blocks: vec![Block::Table(Table::Targets(TargetsTable::default()))],
            ..Default::default()
        },
        Appendix {
            key: "phan-cong".into(),
            title: "PHÂN CÔNG NHIỆM VỤ NĂM {năm}".into(),
            blocks: vec![Block::Table(Table::Tasks(TasksTable::default()))],
            ..Default::default()
        },
        Appendix {
            key: "dau-tu".into(),
            title: "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG NĂM {năm}".into(),
            blocks: vec![Block::Table(Table::Investment(InvestmentTable::default()))],
            ..Default::default()
        },
        Appendix {
            key: "thuong-xuyen".into(),
            title: "DANH MỤC NHIỆM VỤ CHI THƯỜNG XUYÊN NĂM {năm}".into(),
            blocks: vec![Block::Table(Table::Recurrent(RecurrentTable::default()))],
            ..Default::default()
        },
    ];
    p.assign_ids();
    p
}

fn task(rng: &mut Rng, plan: &Plan) -> Task {
    Task {
        name: Rich::new(format!(
            "{} {} {}",
            rng.pick(TASK_VERBS),
            rng.pick(TASK_OBJECTS),
            rng.pick(QUALIFIERS)
        )),
        lead: agency_keys(rng, plan, 1),
        coordinating: agency_keys(rng, plan, 3),
        deadline: rng.pick(DEADLINES).into(),
        result: Rich::new(rng.pick(SUBJECTS).to_string() + " đạt " + rng.pick(VALUES)),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_plans_have_the_requested_size_and_are_valid() {
        let p = plan(
            Size {
                targets: 103,
                tasks: 57,
                projects: 9,
                recurrent: 11,
            },
            2025,
            7,
        );
        let s = Summary::of(&p);
        assert_eq!(
            (s.targets, s.tasks, s.projects, s.recurrent_items),
            (103, 57, 9, 11)
        );
        let problems = crate::validate::validate(&p);
        assert!(!crate::validate::has_errors(&problems), "{problems:?}");
    }
}
