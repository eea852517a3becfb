use std::time::Instant;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        files.push((p.display().to_string(), std::fs::read(&p).unwrap()));
    }
    let total: usize = files.iter().map(|f| f.1.len()).sum();
    let t = Instant::now();
    let decoded: Vec<_> = files.iter().map(|(p, b)| (p.clone(), briefing::corpus::decode::decode(b).unwrap())).collect();
    let d = t.elapsed();
    let t = Instant::now();
    let articles: Vec<_> = decoded.into_iter().map(|(p, d)| briefing::corpus::parse::parse(&p, briefing::corpus::model::Origin::File, d)).collect();
    let p = t.elapsed();
    let m = briefing::topics::TopicMatcher::new(briefing::topics::TopicsFile::defaults());
    let mut articles = articles;
    let t = Instant::now();
    for a in articles.iter_mut() { m.tag(a); }
    let tg = t.elapsed();
    let mb = total as f64 / 1e6;
    println!("{mb:.1} MB: decode {:.0} MB/s, parse {:.0} MB/s, topics {:.0} MB/s", mb / d.as_secs_f64(), mb / p.as_secs_f64(), mb / tg.as_secs_f64());
}
