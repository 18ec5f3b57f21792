<?php
include("header.php");
?>

<!DOCTYPE html>
<html>
<head>
<link rel="stylesheet" href="css/style.css"> 
<title>Hội Thảo</title>
</head>
<body>

<div class="accordion-label"><h2 style="text-align: center;">Buổi 1, Thứ Bảy ngày 22 tháng 7 năm 2023</h2></div>
        <div class="accordion noidung">
            <p> Phòng : E21.105 <p><a href="xemmaps.php">(xem maps)</a></p></p>
            <p class="a" style="color:red;">8:00-8:30</p>
            <p>Chào mừng đại biểu</p>
            <p class="a" style="color:red;"> 8:30-9:00</p>
            <p>.1 Khai mạc hội nghị</p>
            <p>2. Biểu diễn chào mừng </p>
            <p>Bài phát biểu khai mạc:PGS.TS.Diệp Thanh Tùng, Phó Hiệu trường,Trường Đại học Trà Vinh, Việt Nam</p>
            <p>Sơ kết hội thảo TS. Phạm Quốc Phong, Phó Trưởng khoa - Kỹ thuật và Công nghệ ,Trường Đại học Trà Vinh, Việt Nam</p>
            <p class="a" style="color:red;">9:00-9:50:</p>
            <p>Bài phát biểu chính 1 : Ước tính và dự báo tốc độ gió phục vụ điều khiển, vận hành và quy hoạch các nhà máy điện gió</p>
            <p>Tác giả:PGS.TS. GS.TS Đỗ Đức Tôn - Đại học Nazarbayev, Kazakhstan</p>
            <p>Chủ tọa phiên họp chính:</p>
            <p>Dr. Phạm Văn Hoan,Trường Đại học Trà Vinh, Vietnam</p>
            <p>Dr. Thach Le Khiem, Trường Đại học Trà Vinh, Vietnam</p>
            <p>Phản biện </p>
            <p>Phan Thị Phương Nam, Trường Đại học Trà Vinh, Việt Nam</p>
            <p class="a" style="color:red;">9:50-10:40</p>
            <p>Bài phát biểu chính 2 : AI trong sản xuất</p>
            <p>Tác giả: Mr. Vo Duy Nhat, Mitsubishi Electric Vietnam Co., LTD</p>
            <p>Chủ tọa phiên họp chính</p>
            <p>PGS.TS. GS.TS Đỗ Đức Tôn, Đại học Nazarbayev, Kazakhstan</p>
            <p>Dr. Thach Le Khiem, Đại học Trà Vinh, Việt Nam</p>
            <p class="a" style="color:red;">10:40-11:30</p>
            <p>Bài phát biểu chính 3 : Tinh chỉnh giáo dục lập trình: Tích hợp các thực hành kỹ thuật phần mềm thiết yếu</p>
            <p>Dr. Nguyễn Bảo Ân, Đại học Trà Vinh, Việt Nam</p>
            <p>Chủ tọa phiên họp chính</p>
            <p>Dr.Võ Phước Hưng, Đại học Trà Vinh, Việt Nam</p>
            <p class="a" style="color:red;">11:30-11:45:</p>
            <p>Chụp ảnh kỉ niệm</p>
            <p class="a" style="color:red;">11:45</p>
            <p>Nghỉ ngơi</p>
        </div>
        <div><h2 style="text-align: center;">Phiên Song Song<a href="xemmaps.php">(xem maps)</a></h2></div>
        <div class="accordion-label1"><h2 style="text-align: center;">PHÒNG 1 (KHÓA 1): PHÒNG B21.201</h2></div>
        <div class="accordion1 noidung">
          <p class="a" style="color:red;">s13:00-13:20</p>
          <p>[Bài báo 11] Nghiên cứu trạng thái sạc (SOC) và trạng thái năng lượng (SOE) của pin Lithium Ion trên xe điện</p>
        <p>Tác giả: Nguyễn Khắc Huấn </p>
        <p>Chủ tọa:Mai Phước Trai</p>
        <p>Phản biện: Phan Thị Phương Nam</p>
        <p class="a" style="color:red;">13:20-13:40</p>
        <p>[Bài 2] Đánh giá thực trạng, phân loại điều kiện lao động đối với công nhân hoạt động ngành dệt may và đề xuất giải pháp cải thiện điều kiện lao động</p>
        <p>Tác giả: Trần Bảo Huy</p>
        <p> Chủ Tọa: Mai Phước Trai </p>
        <p class="a" style="color:red;">13:40-14:00</p>
        <p>[Bài 43] Thiết kế mô hình phần cứng trong hệ thống kiểm soát lực kéo trên xe</p>
        <p>Tác giả: Phan Tấn Tài</p>
        <p>Chủ tọa: Phan Thị Phương Nam</p>
        <p>Phản biện: Nguyễn Khắc Quốc</p>
        </div>
        <div class="accordion-label2"><h2 style="text-align: center;">PHÒNG 2 (KHÓA 2): PHÒNG B21.201</h2></div>
        <div class="accordion2 noidung">
        <p class="a" style="color:red;">s13:00-13:20</p>
        <p>[Bài 28] Nghiên cứu các thông số in 3D ảnh hưởng đến độ lệch của sản phẩm bằng phương pháp Taguchi</p>
        <p>Tác giả:Phạm Quốc Phong</p>
        <p>Chủ Tọa: Dương Kim Ngọc</p>
        <p class="a" style="color:red;">13:20-13:40</p>
        <p>[Bài 21] Nghiên cứu cơ chế phóng điện của đá mài kim cương trong môi trường sương mù</p>
        <p>Tác giả: Nguyễn Văn Du</p>
        <p>Chủ tọa:Dương Ngọc Bích</p>
        <p class="a" style="color:red;">13:40-14:00</p>
        <p>[Bài 12] Thiết kế và thử nghiệm xác định thông số vận hành máy bóc vỏ mía theo nguyên lý chổi tròn</p>
        <p>Tác giả: Nguyễn Đức Việt</p>
        <p>Chủ tọa:Dương Ngọc Bích</p>
        </div>
        <script>
        document.querySelector(".accordion-label").addEventListener("click", function () {
            var accordion = document.querySelector(".accordion");
            if (accordion.style.display === "none" || accordion.style.display === "") {
                accordion.style.display = "block";
            } else {
                accordion.style.display = "none";
            }
        });

        document.querySelector(".accordion-label1").addEventListener("click", function () {
            var accordion = document.querySelector(".accordion1");
            if (accordion.style.display === "none" || accordion.style.display === "") {
                accordion.style.display = "block";
            } else {
                accordion.style.display = "none";
            }
        });
        document.querySelector(".accordion-label2").addEventListener("click", function () {
            var accordion = document.querySelector(".accordion2");
            if (accordion.style.display === "none" || accordion.style.display === "") {
                accordion.style.display = "block";
            } else {
                accordion.style.display = "none";
            }
        });
        </script>
</body>

</html>
